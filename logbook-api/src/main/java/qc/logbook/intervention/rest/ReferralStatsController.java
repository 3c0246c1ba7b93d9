package qc.logbook.intervention.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.intervention.reading.ReferralBreakdownReader;
import qc.logbook.privacy.SmallCellSuppression;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.WorkerRole;

/** The statistics of the journal de bord, as the regional report shows them. */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "Statistiques / Statistics")
class ReferralStatsController {

    private final ReferralBreakdownReader reader;
    private final SmallCellSuppression suppression;

    ReferralStatsController(ReferralBreakdownReader reader, SmallCellSuppression suppression) {
        this.reader = reader;
        this.suppression = suppression;
    }

    @GetMapping("/referrals")
    @Operation(summary = "Répartition des interventions et des références / Referral breakdown",
            description = "Shares by tenure, youth and families, under-35s, individual vs collective, referrals by "
                    + "sector and need, collective interventions by kind, interventions per month of the period "
                    + "(every month listed, zero when empty). Cancelled interventions are excluded and corrections "
                    + "applied. Several territories may be given; only the user's territories count. "
                    + "Evaluators see counts below the small-cell threshold suppressed. With asOf (an ISO-8601 "
                    + "instant, not in the future), the breakdown as it stood then, recomputed from the events stored up to that "
                    + "instant: from the nearest checkpoint of the pre-aggregated cells, folding only the events after "
                    + "it (docs/decisions/0029-point-in-time-reads.md).")
    Object referrals(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) AdministrativeRegion region,
            @RequestParam(required = false) List<String> territory,
            @RequestParam(required = false) WorkerRole workerRole,
            @RequestParam(required = false) @PastOrPresent Instant asOf) {
        ReferralBreakdownReader.Result result = reader.read(from, to, region, territory, workerRole, asOf);
        return result.user().seesOnlySuppressedStatistics() ? suppression.apply(result.breakdown()) : result.breakdown();
    }
}
