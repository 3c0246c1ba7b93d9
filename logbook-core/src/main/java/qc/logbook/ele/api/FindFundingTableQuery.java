package qc.logbook.ele.api;

import java.time.Instant;
import java.util.Set;

/**
 * The funding table: support, total cost, leverage and participants of the funded projects, per project, territory,
 * local team and period, with grand totals.
 *
 * @param measureId   only the projects of this measure, or {@code null} for every measure
 * @param territories only the projects reaching one of these territories, and only these territories' groups;
 *                    {@code null} for every territory, empty for none
 * @param asOf        when set, the table as it stood at that instant, computed from the events stored up to it
 */
public record FindFundingTableQuery(FundingMeasureId measureId, Set<String> territories, Instant asOf) {

    public FindFundingTableQuery(FundingMeasureId measureId, Set<String> territories) {
        this(measureId, territories, null);
    }

    public FindFundingTableQuery(FundingMeasureId measureId) {
        this(measureId, null, null);
    }
}
