package qc.logbook.ele.api;

/** Every funding measure, with its envelope and the support granted from it, oldest period first. */
public record FindFundingMeasuresQuery() {
}
