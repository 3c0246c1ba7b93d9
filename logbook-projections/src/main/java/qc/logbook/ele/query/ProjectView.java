package qc.logbook.ele.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectStatus;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;

/**
 * Read model of one project and its figures. Amounts are in cents; persons and participations stay apart.
 *
 * @param version          sequence number (in its funding measure's event stream) of the last event folded in
 * @param persons          distinct persons who took part, or {@code null} when not counted that way
 * @param participations   participations in activities, or {@code null} when not counted that way
 * @param correctionReasons the reasons of the corrections made after completion, oldest first
 */
@Document(ProjectView.COLLECTION)
public record ProjectView(
        @Id String id,
        long version,
        @Indexed String measureId,
        @Indexed String localTeamId,
        String title,
        @Indexed List<String> territories,
        String description,
        Integer persons,
        Integer participations,
        List<String> outcomes,
        long totalCostCents,
        long supportCents,
        boolean researchDocumented,
        ProjectStatus status,
        String cancellationReason,
        List<String> correctionReasons) {

    public static final String COLLECTION = "ele_projects";

    public ProjectView {
        territories = List.copyOf(territories == null ? List.of() : territories);
        outcomes = List.copyOf(outcomes == null ? List.of() : outcomes);
        correctionReasons = List.copyOf(correctionReasons == null ? List.of() : correctionReasons);
    }

    public static ProjectView submitted(ProjectSubmittedEvent event, long sequence) {
        return new ProjectView(event.projectId().toString(), sequence, event.measureId().toString(),
                event.localTeamId().toString(), null, null, null, null, null, null, 0, 0, false,
                ProjectStatus.SUBMITTED, null, null).with(event.details(), sequence);
    }

    public ProjectView revised(ProjectRevisedEvent event, long sequence) {
        return with(event.details(), sequence);
    }

    public ProjectView granted(ProjectSupportGrantedEvent event, long sequence) {
        return new ProjectView(id, sequence, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, event.support().cents(), researchDocumented,
                ProjectStatus.FUNDED, cancellationReason, correctionReasons);
    }

    public ProjectView completed(ProjectCompletedEvent event, long sequence) {
        return new ProjectView(id, sequence, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, supportCents, researchDocumented,
                ProjectStatus.COMPLETED, cancellationReason, correctionReasons);
    }

    public ProjectView cancelled(ProjectCancelledEvent event, long sequence) {
        return new ProjectView(id, sequence, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, supportCents, researchDocumented,
                ProjectStatus.CANCELLED, event.reason(), correctionReasons);
    }

    public ProjectView corrected(ProjectFiguresCorrectedEvent event, long sequence) {
        List<String> reasons = new java.util.ArrayList<>(correctionReasons);
        reasons.add(event.reason());
        ProjectView described = with(event.details(), sequence);
        return new ProjectView(id, sequence, measureId, localTeamId, described.title, described.territories,
                described.description, described.persons, described.participations, described.outcomes,
                described.totalCostCents, event.support().cents(), described.researchDocumented, status,
                cancellationReason, reasons);
    }

    private ProjectView with(ProjectDetails d, long sequence) {
        return new ProjectView(id, sequence, measureId, localTeamId, d.title(), d.territories(), d.description(),
                d.participants().persons(), d.participants().participations(), d.outcomes(), d.totalCost().cents(),
                supportCents, d.researchDocumented(), status, cancellationReason, correctionReasons);
    }

    /** Whether the project is shared by several territories. */
    @JsonProperty("shared")
    public boolean shared() {
        return territories.size() > 1;
    }

    /** Whether the project counts in the funding table: support granted and not cancelled. */
    public boolean funded() {
        return status == ProjectStatus.FUNDED || status == ProjectStatus.COMPLETED;
    }

    @JsonProperty("support")
    public String support() {
        return Money.ofCents(supportCents).toDecimalString();
    }

    @JsonProperty("totalCost")
    public String totalCost() {
        return Money.ofCents(totalCostCents).toDecimalString();
    }
}
