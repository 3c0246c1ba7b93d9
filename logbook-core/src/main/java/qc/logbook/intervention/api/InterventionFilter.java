package qc.logbook.intervention.api;

import java.time.LocalDate;
import java.util.Set;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/**
 * Which interventions a list or a statistic covers; every criterion is optional.
 *
 * @param from        first day included
 * @param to          last day included
 * @param territories territory codes to keep; {@code null} keeps every territory, an empty set keeps none
 */
public record InterventionFilter(
        LocalDate from,
        LocalDate to,
        AdministrativeRegion region,
        Set<String> territories,
        WorkerRole workerRole,
        Tenure tenure,
        InterventionMode mode) {

    public InterventionFilter {
        territories = territories == null ? null : Set.copyOf(territories);
    }

    public static InterventionFilter all() {
        return new InterventionFilter(null, null, null, null, null, null, null);
    }
}
