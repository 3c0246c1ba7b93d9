package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/**
 * The final figures of a completed project were corrected, for the given reason.
 *
 * <p>Revision 2 added {@code details.practiceId} (the practice the project applies); revision-1 events read as
 * naming none ({@code ProjectPracticeUpcaster}).
 */
@Revision("2")
public record ProjectFiguresCorrectedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        ProjectDetails details,
        Money support,
        String reason) {
}
