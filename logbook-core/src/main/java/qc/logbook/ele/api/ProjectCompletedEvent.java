package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** A funded project was completed; its figures are final. */
@Revision("1")
public record ProjectCompletedEvent(
        FundingMeasureId measureId,
        ProjectId projectId) {
}
