package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a funded project is completed; from then on its figures change only through a correction with a reason.
 */
public record CompleteProjectCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        ProjectId projectId) {
}
