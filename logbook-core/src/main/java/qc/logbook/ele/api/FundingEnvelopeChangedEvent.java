package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** The envelope of a funding measure was changed, for the given reason. */
@Revision("1")
public record FundingEnvelopeChangedEvent(
        FundingMeasureId measureId,
        Money envelope,
        String reason) {
}
