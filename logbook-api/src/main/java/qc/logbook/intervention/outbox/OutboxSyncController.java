package qc.logbook.intervention.outbox;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.rest.InterventionRequest;
import qc.logbook.intervention.rest.InterventionRequests;
import qc.logbook.intervention.rest.InterventionOperations;

/**
 * Where the pages' offline outbox (static/js/outbox.js) sends what waited on the device: the same request bodies and
 * the same commands as the REST API ({@link InterventionOperations}), but on the pages' session with its CSRF token, so a
 * worker signed in on the page needs no second credential. Refusals are the API's problem documents (400 rule
 * violation, 403 territory, 409 id taken), which the outbox keeps on the entry for the worker to fix.
 *
 * <p>The body is what the entry form would have posted (see {@link PageFormBody}: the server decides the worker and
 * the region), so that an entry whose form post reached the server and whose outbox copy is sent too is recognised as
 * the same. This package is not the pages' ({@code intervention.web}) on purpose: their error advice answers HTML
 * pages, while the outbox reads problem documents.
 */
@RestController
@RequestMapping("/sync")
class OutboxSyncController {

    private final InterventionOperations operations;

    OutboxSyncController(InterventionOperations operations) {
        this.operations = operations;
    }

    /**
     * Before sending, the outbox asks for a fresh CSRF token here: the token of a page kept by the service worker may
     * belong to a session that has ended. A signed-out browser is sent to the sign-in page instead, which the outbox
     * reads as "sign in again" and keeps everything.
     */
    @GetMapping(value = "/session", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> session(CsrfToken csrf, Principal principal) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("header", csrf.getHeaderName(), "token", csrf.getToken(), "user", principal.getName()));
    }

    /**
     * The same address opened as a page: the sign-in form sends a worker back to the last address that asked for a
     * session, which may be this one when the outbox found the session ended. Back to the entry page, whose outbox
     * then sends what waited.
     */
    @GetMapping(value = "/session", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> sessionOpenedAsAPage() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/interventions/new")).build();
    }

    /** Idempotent by the client-chosen id: an entry sent twice (a lost answer) is recorded once and answered 201. */
    @PostMapping("/interventions")
    ResponseEntity<Void> record(@Valid @RequestBody InterventionRequest request) {
        InterventionId id = operations.record(request);
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id)).build();
    }

    /** A follow-up queued behind an intervention made offline, sent once the intervention was accepted. */
    @PostMapping("/interventions/{id}/referrals")
    ResponseEntity<Void> refer(@PathVariable UUID id, @Valid @RequestBody InterventionRequests.Referral request) {
        ReferralId referralId = operations.refer(id, request);
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id + "/referrals/" + referralId)).build();
    }
}
