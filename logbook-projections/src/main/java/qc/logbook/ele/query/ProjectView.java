package qc.logbook.ele.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
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
 * @param practiceId       the published practice of the repository the project applies, or {@code null}
 * @param timeline         what happened to the project, oldest first
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
        List<String> correctionReasons,
        String practiceId,
        List<Step> timeline) {

    public static final String COLLECTION = "ele_projects";

    /**
     * One step of a project's life.
     *
     * @param kind        what happened
     * @param at          when it was recorded ({@code null} when folded without the event's timestamp)
     * @param amountCents the support granted or corrected, or the total cost submitted; {@code null} otherwise
     * @param reason      the reason of a cancellation or a correction
     */
    public record Step(Kind kind, Instant at, Long amountCents, String reason) {

        public enum Kind { SUBMITTED, REVISED, SUPPORT_GRANTED, COMPLETED, CANCELLED, CORRECTED }
    }

    public ProjectView {
        territories = List.copyOf(territories == null ? List.of() : territories);
        outcomes = List.copyOf(outcomes == null ? List.of() : outcomes);
        correctionReasons = List.copyOf(correctionReasons == null ? List.of() : correctionReasons);
        timeline = List.copyOf(timeline == null ? List.of() : timeline);
    }

    public static ProjectView submitted(ProjectSubmittedEvent event, long sequence) {
        return submitted(event, sequence, null);
    }

    public static ProjectView submitted(ProjectSubmittedEvent event, long sequence, Instant at) {
        return new ProjectView(event.projectId().toString(), sequence, event.measureId().toString(),
                event.localTeamId().toString(), null, null, null, null, null, null, 0, 0, false,
                ProjectStatus.SUBMITTED, null, null, null, null).with(event.details(), sequence)
                .step(new Step(Step.Kind.SUBMITTED, at, event.details().totalCost().cents(), null));
    }

    public ProjectView revised(ProjectRevisedEvent event, long sequence) {
        return revised(event, sequence, null);
    }

    public ProjectView revised(ProjectRevisedEvent event, long sequence, Instant at) {
        return with(event.details(), sequence).step(new Step(Step.Kind.REVISED, at, null, null));
    }

    public ProjectView granted(ProjectSupportGrantedEvent event, long sequence) {
        return granted(event, sequence, null);
    }

    public ProjectView granted(ProjectSupportGrantedEvent event, long sequence, Instant at) {
        return new ProjectView(id, sequence, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, event.support().cents(), researchDocumented,
                ProjectStatus.FUNDED, cancellationReason, correctionReasons, practiceId, timeline)
                .step(new Step(Step.Kind.SUPPORT_GRANTED, at, event.support().cents(), null));
    }

    public ProjectView completed(ProjectCompletedEvent event, long sequence) {
        return completed(event, sequence, null);
    }

    public ProjectView completed(ProjectCompletedEvent event, long sequence, Instant at) {
        return new ProjectView(id, sequence, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, supportCents, researchDocumented,
                ProjectStatus.COMPLETED, cancellationReason, correctionReasons, practiceId, timeline)
                .step(new Step(Step.Kind.COMPLETED, at, null, null));
    }

    public ProjectView cancelled(ProjectCancelledEvent event, long sequence) {
        return cancelled(event, sequence, null);
    }

    public ProjectView cancelled(ProjectCancelledEvent event, long sequence, Instant at) {
        return new ProjectView(id, sequence, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, supportCents, researchDocumented,
                ProjectStatus.CANCELLED, event.reason(), correctionReasons, practiceId, timeline)
                .step(new Step(Step.Kind.CANCELLED, at, null, event.reason()));
    }

    public ProjectView corrected(ProjectFiguresCorrectedEvent event, long sequence) {
        return corrected(event, sequence, null);
    }

    public ProjectView corrected(ProjectFiguresCorrectedEvent event, long sequence, Instant at) {
        List<String> reasons = new ArrayList<>(correctionReasons);
        reasons.add(event.reason());
        ProjectView described = with(event.details(), sequence);
        return new ProjectView(id, sequence, measureId, localTeamId, described.title, described.territories,
                described.description, described.persons, described.participations, described.outcomes,
                described.totalCostCents, event.support().cents(), described.researchDocumented, status,
                cancellationReason, reasons, described.practiceId, timeline)
                .step(new Step(Step.Kind.CORRECTED, at, event.support().cents(), event.reason()));
    }

    private ProjectView with(ProjectDetails d, long sequence) {
        return new ProjectView(id, sequence, measureId, localTeamId, d.title(), d.territories(), d.description(),
                d.participants().persons(), d.participants().participations(), d.outcomes(), d.totalCost().cents(),
                supportCents, d.researchDocumented(), status, cancellationReason, correctionReasons,
                d.practiceId() == null ? null : d.practiceId().toString(), timeline);
    }

    private ProjectView step(Step step) {
        List<Step> steps = new ArrayList<>(timeline);
        steps.add(step);
        return new ProjectView(id, version, measureId, localTeamId, title, territories, description, persons,
                participations, outcomes, totalCostCents, supportCents, researchDocumented, status,
                cancellationReason, correctionReasons, practiceId, steps);
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
