package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace the description of a project that is not completed nor cancelled (results as they come in, a new budget).
 * Sending the same description again changes nothing.
 */
public record ReviseProjectCommand(
        @TargetAggregateIdentifier FundingMeasureId measureId,
        ProjectId projectId,
        ProjectDetails details) {
}
