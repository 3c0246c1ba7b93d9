package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct the final figures of a completed project: its description and the support granted. The reason is mandatory.
 */
public record CorrectProjectFiguresCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        ProjectId projectId,
        ProjectDetails details,
        Money support,
        String reason) {
}
