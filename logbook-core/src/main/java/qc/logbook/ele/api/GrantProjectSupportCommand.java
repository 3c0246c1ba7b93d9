package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Grant a project support from the measure, or change the support granted to a project not yet completed. The support
 * never exceeds the project's total cost nor what remains of the envelope.
 */
public record GrantProjectSupportCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        ProjectId projectId,
        Money support) {
}
