package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/**
 * A local team submitted a project to a funding measure.
 *
 * <p>Revision 2 added {@code details.practiceId} (the practice the project applies); revision-1 events read as
 * naming none ({@code ProjectPracticeUpcaster}).
 */
@Revision("2")
public record ProjectSubmittedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        LocalTeamId localTeamId,
        ProjectDetails details) {
}
