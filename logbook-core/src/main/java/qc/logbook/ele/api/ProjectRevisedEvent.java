package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** The description of a project still under way was replaced. */
@Revision("1")
public record ProjectRevisedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        ProjectDetails details) {
}
