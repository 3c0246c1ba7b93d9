package qc.logbook.intervention.query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.WorkerRole;

/**
 * Pre-aggregated counters of the referral breakdown for one territory, one worker role and one day, one month, one year
 * or all time, so that a breakdown over a period reads a few hundred small documents instead of every intervention.
 *
 * <p>A cell keeps its parts: a day cell the contribution of each intervention of the day, a month cell the totals of
 * each of its days (with the day's date, for periods that start or end within the month), a year cell the totals of
 * each of its months, the all-time cell the totals of each year. Setting a part is idempotent and the totals are
 * recomputed from the parts on every change, so a batch replayed after a failure gives the same cells: no counter is
 * ever incremented blindly. Every level keeps few parts, so that a change rewrites small documents only (a month cell
 * holding a part per intervention would hold hundreds, rewritten whole on every change).
 *
 * @param level  {@code D} (day), {@code M} (month), {@code Y} (year) or {@code A} (all time)
 * @param period {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy} or {@code all}
 */
@Document(BreakdownCell.COLLECTION)
public record BreakdownCell(
        @Id String id,
        String level,
        String period,
        AdministrativeRegion region,
        String territory,
        WorkerRole workerRole,
        Map<String, Part> parts,
        Map<String, Long> totals) {

    public static final String COLLECTION = "referral_breakdown_cells";
    static final String DAY = "D";
    static final String MONTH = "M";
    static final String YEAR = "Y";
    static final String ALL_TIME = "A";
    static final String ALL_PERIODS = "all";

    public BreakdownCell {
        parts = parts == null ? Map.of() : parts;
        totals = totals == null ? Map.of() : totals;
    }

    /** What one intervention (day cells), one day (month cells), one month (year cells) or one year adds. */
    public record Part(LocalDate date, Map<String, Long> counts) {
    }

    static String id(String level, String period, String territory, WorkerRole role) {
        return level + "|" + period + "|" + territory + "|" + role.name();
    }

    static BreakdownCell empty(String level, String period, AdministrativeRegion region, String territory,
                               WorkerRole role) {
        return new BreakdownCell(id(level, period, territory, role), level, period, region, territory, role, Map.of(),
                Map.of());
    }

    /** This cell with the part under {@code key} replaced ({@code null} or empty counts: removed). */
    BreakdownCell withPart(String key, Part part) {
        Part current = parts.get(key);
        boolean remove = part == null || part.counts().isEmpty();
        if (remove ? current == null : Objects.equals(current, part)) {
            return this;
        }
        Map<String, Part> next = new HashMap<>(parts);
        if (remove) {
            next.remove(key);
        } else {
            next.put(key, part);
        }
        Map<String, Long> sums = new LinkedHashMap<>();
        next.values().forEach(p -> p.counts().forEach((k, v) -> sums.merge(k, v, Long::sum)));
        return new BreakdownCell(id, level, period, region, territory, workerRole, next, sums);
    }
}
