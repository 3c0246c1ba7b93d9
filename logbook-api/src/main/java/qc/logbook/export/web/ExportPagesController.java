package qc.logbook.export.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import qc.logbook.export.EventExporter;
import qc.logbook.export.ExportManifest;
import qc.logbook.export.ManifestStore;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * The research exports page. Exports started here are always de-identified and go through the same
 * {@link EventExporter} as {@code GET /api/v1/exports/events} (same file, same manifest); the page's session does not
 * open the stateless API, hence page routes for the file and its manifest. A downloaded file is verified against its
 * manifest in the browser (static/js/exports.js): nothing is uploaded.
 */
@Controller
class ExportPagesController {

    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final java.util.Set<String> ERRORS = java.util.Set.of("unreadable", "inverted");
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final EventExporter exporter;
    private final ManifestStore manifests;
    private final CurrentUser currentUser;

    ExportPagesController(EventExporter exporter, ManifestStore manifests, CurrentUser currentUser) {
        this.exporter = exporter;
        this.manifests = manifests;
        this.currentUser = currentUser;
    }

    @GetMapping("/exports")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String eventTypes, @RequestParam(required = false) String error,
                Model model) {
        reader();
        if (error != null && ERRORS.contains(error)) {
            model.addAttribute("periodError", "exports.period." + error);
        }
        model.addAttribute("fromValue", from == null ? "" : from);
        model.addAttribute("toValue", to == null ? "" : to);
        model.addAttribute("eventTypesValue", eventTypes == null ? "" : eventTypes);
        return "exports/exports";
    }

    /** Starts a de-identified export and streams it; the manifest's URL is in the Link header, as the API's. */
    @GetMapping("/exports/events.ndjson")
    ResponseEntity<StreamingResponseBody> events(@RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String eventTypes) {
        reader();
        Instant start;
        Instant end;
        try {
            start = startOfMinute(from);
            end = endOfMinute(to);
        } catch (DateTimeException e) {
            return refused(from, to, eventTypes, "unreadable");
        }
        if (start != null && end != null && start.isAfter(end)) {
            return refused(from, to, eventTypes, "inverted");
        }
        ExportManifest manifest = exporter.start(new EventExporter.Request(start, end, types(eventTypes), true));
        StreamingResponseBody body = out -> exporter.write(manifest, out);
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .header("X-Export-Id", manifest.exportId())
                .header(HttpHeaders.LINK, "</exports/events/" + manifest.exportId() + "/manifest.json>; "
                        + "rel=\"describedby\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"events-" + manifest.exportId() + ".ndjson\"")
                .body(body);
    }

    @GetMapping("/exports/events/{exportId}/manifest.json")
    ResponseEntity<ExportManifest> manifest(@PathVariable String exportId) {
        reader();
        return manifests.find(exportId)
                .map(m -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"events-" + exportId + ".manifest.json\"")
                        .body(m))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Back to the page, which shows the refusal on the period and keeps what was typed. */
    private static ResponseEntity<StreamingResponseBody> refused(String from, String to, String eventTypes,
                                                                 String error) {
        java.net.URI page = UriComponentsBuilder.fromPath("/exports")
                .queryParam("from", from == null ? "" : from)
                .queryParam("to", to == null ? "" : to)
                .queryParam("eventTypes", eventTypes == null ? "" : eventTypes)
                .queryParam("error", error)
                .encode().build().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }

    /** Evaluators and admins, as the API's rule for {@code /api/v1/exports/**}. */
    private LogbookUser reader() {
        LogbookUser user = currentUser.require();
        if (!user.has(Role.EVALUATOR) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("exports");
        }
        return user;
    }

    static List<String> types(String eventTypes) {
        if (eventTypes == null || eventTypes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(eventTypes.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Instant startOfMinute(String value) {
        return value == null || value.isBlank() ? null
                : LocalDateTime.parse(value.strip()).truncatedTo(ChronoUnit.MINUTES).atZone(QUEBEC).toInstant();
    }

    /** The end of the minute typed, never later than now (an export covers the past). */
    static Instant endOfMinute(String value) {
        Instant start = startOfMinute(value);
        if (start == null) {
            return null;
        }
        Instant end = start.plus(1, ChronoUnit.MINUTES).minusMillis(1);
        Instant now = Instant.now();
        return end.isAfter(now) ? now : end;
    }
}
