package qc.logbook.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.reading.ReferralBreakdownReader;
import qc.logbook.privacy.SmallCellSuppression;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.Role;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.WorkerRole;

/** Research export of the event history, and CSV downloads of the statistics. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports")
class ExportController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final EventExporter exporter;
    private final ManifestStore manifests;

    private final CurrentUser currentUser;
    private final SmallCellSuppression suppression;

    private final ReferralBreakdownReader breakdowns;

    ExportController(EventExporter exporter, ManifestStore manifests, ReferralBreakdownReader breakdowns,
                     CurrentUser currentUser, SmallCellSuppression suppression) {
        this.exporter = exporter;
        this.manifests = manifests;
        this.breakdowns = breakdowns;
        this.currentUser = currentUser;
        this.suppression = suppression;
    }

    @GetMapping("/events")
    @Operation(summary = "Exporter l'historique des événements (recherche) / Export the event history (research)",
            description = "NDJSON streamed in global order, every payload upcast to the current revision of its "
                    + "event type, de-identified by default: every identifier is replaced by a keyed hash unique to "
                    + "this export and free text is left out. The manifest (filters, count, first and last sequence, "
                    + "revision of each event type, SHA-256 of the content, software version) is at the URL of the "
                    + "Link header (rel=describedby) once the download ends.")
    ResponseEntity<StreamingResponseBody> events(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) List<String> eventType,
            @RequestParam(defaultValue = "true") boolean deidentify) {
        requireOrdered(from, to);
        if (!deidentify && !currentUser.require().has(Role.ADMIN)) {
            throw RuleViolation.forbidden("deidentify", "export.identified-admin-only");
        }
        ExportManifest manifest = exporter.start(new EventExporter.Request(from, to,
                eventType == null ? List.of() : List.copyOf(eventType), deidentify));
        String manifestUrl = "/api/v1/exports/events/" + manifest.exportId() + "/manifest";
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .header("X-Export-Id", manifest.exportId())
                .header(HttpHeaders.LINK, "<" + manifestUrl + ">; rel=\"describedby\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"events-" + manifest.exportId() + ".ndjson\"")
                .body(out -> exporter.write(manifest, out));
    }

    @GetMapping("/events/{exportId}/manifest")
    @Operation(summary = "Manifeste d'un export / Manifest of an export")
    ExportManifest manifest(@PathVariable String exportId) {
        return manifests.find(exportId).orElseThrow(() -> RuleViolation.notFound("exportId", "export.unknown"));
    }

    @GetMapping("/referral-breakdown.csv")
    @Operation(summary = "Répartition des références en CSV / Referral breakdown as CSV",
            description = "UTF-8 with BOM, ';' separated, decimal comma, French-first headers. Same filters as "
                    + "/api/v1/stats/referrals, asOf included.")
    ResponseEntity<byte[]> referralBreakdown(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) AdministrativeRegion region,
            @RequestParam(required = false) List<String> territory,
            @RequestParam(required = false) WorkerRole workerRole,
            @RequestParam(required = false) @PastOrPresent Instant asOf) {
        ReferralBreakdownReader.Result result = breakdowns.read(from, to, region, territory, workerRole, asOf);
        Set<String> hidden = result.user().seesOnlySuppressedStatistics()
                ? suppression.hidden(result.breakdown()) : Set.of();
        return ReferralBreakdownCsv.of(result.breakdown(), hidden).download("repartition-references.csv");
    }

    private static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw inverted();
        }
    }

    private static RuleViolation inverted() {
        return RuleViolation.invalid("from", "period.inverted");
    }
}
