package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** A project was cancelled, for the given reason; its support returned to the envelope. */
@Revision("1")
public record ProjectCancelledEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        String reason) {
}
