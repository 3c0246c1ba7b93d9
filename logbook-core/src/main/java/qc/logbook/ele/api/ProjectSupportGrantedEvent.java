package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** The measure granted a project this support (replacing any support granted before). */
@Revision("1")
public record ProjectSupportGrantedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        Money support) {
}
