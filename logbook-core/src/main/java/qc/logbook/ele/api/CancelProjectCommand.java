package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a project that is not completed; any support granted returns to the envelope. The reason is mandatory. */
public record CancelProjectCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        ProjectId projectId,
        String reason) {
}
