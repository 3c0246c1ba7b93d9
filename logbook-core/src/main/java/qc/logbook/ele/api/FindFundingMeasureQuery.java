package qc.logbook.ele.api;

/** One funding measure, with its envelope and the support granted from it. */
public record FindFundingMeasureQuery(FundingMeasureId measureId) {
}
