package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Define a funding measure for an agreement period, with its envelope. Sending it again with the same id and the same
 * content changes nothing; the same id with other content is a conflict.
 */
public record DefineFundingMeasureCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        String name,
        FundingPeriod period,
        Money envelope) {
}
