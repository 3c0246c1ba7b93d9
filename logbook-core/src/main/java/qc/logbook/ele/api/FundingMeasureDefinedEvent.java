package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** A funding measure was defined for an agreement period, with its envelope. */
@Revision("1")
public record FundingMeasureDefinedEvent(
        FundingMeasureId measureId,
        String name,
        FundingPeriod period,
        Money envelope) {
}
