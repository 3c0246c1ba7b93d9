package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** A local team submitted a project to a funding measure. */
@Revision("1")
public record ProjectSubmittedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        LocalTeamId localTeamId,
        ProjectDetails details) {
}
