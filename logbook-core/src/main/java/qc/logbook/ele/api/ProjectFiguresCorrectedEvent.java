package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** The final figures of a completed project were corrected, for the given reason. */
@Revision("1")
public record ProjectFiguresCorrectedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        ProjectDetails details,
        Money support,
        String reason) {
}
