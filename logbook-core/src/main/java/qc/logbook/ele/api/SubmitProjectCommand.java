package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A local team submits a project to a funding measure. Sending it again with the same ids and content changes nothing;
 * the same project id with other content is a conflict.
 */
public record SubmitProjectCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        ProjectId projectId,
        LocalTeamId localTeamId,
        ProjectDetails details) {
}
