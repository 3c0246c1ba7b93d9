package qc.logbook.ele.api;

/**
 * The funding table: support, total cost, leverage and participants of the funded projects, per project, territory,
 * local team and period, with grand totals.
 *
 * @param measureId only the projects of this measure, or {@code null} for every measure
 */
public record FindFundingTableQuery(FundingMeasureId measureId) {
}
