package qc.logbook.ele.api;

import java.util.Set;

/**
 * The funding table: support, total cost, leverage and participants of the funded projects, per project, territory,
 * local team and period, with grand totals.
 *
 * @param measureId   only the projects of this measure, or {@code null} for every measure
 * @param territories only the projects reaching one of these territories, and only these territories' groups;
 *                    {@code null} for every territory, empty for none
 */
public record FindFundingTableQuery(FundingMeasureId measureId, Set<String> territories) {

    public FindFundingTableQuery(FundingMeasureId measureId) {
        this(measureId, null);
    }
}
