package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change the envelope of a funding measure; it can never fall below the support already granted. The reason is
 * mandatory.
 */
public record ChangeFundingEnvelopeCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        Money envelope,
        String reason) {
}
