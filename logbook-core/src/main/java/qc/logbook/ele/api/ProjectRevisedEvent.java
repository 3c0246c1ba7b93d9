package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/**
 * The description of a project still under way was replaced.
 *
 * <p>Revision 2 added {@code details.practiceId} (the practice the project applies); revision-1 events read as
 * naming none ({@code ProjectPracticeUpcaster}).
 */
@Revision("2")
public record ProjectRevisedEvent(
        FundingMeasureId measureId,
        ProjectId projectId,
        ProjectDetails details) {
}
