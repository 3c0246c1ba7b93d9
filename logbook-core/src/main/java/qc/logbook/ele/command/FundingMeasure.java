package qc.logbook.ele.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static qc.logbook.ele.command.EleRules.MAX_NAME;
import static qc.logbook.ele.command.EleRules.MAX_REASON;
import static qc.logbook.ele.command.EleRules.required;
import static qc.logbook.ele.command.EleRules.requireCount;
import static qc.logbook.ele.command.EleRules.requirePositive;
import static qc.logbook.ele.command.EleRules.requireTerritory;
import static qc.logbook.ele.command.EleRules.requireTexts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CreationPolicy;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.domain.Text;
import qc.logbook.ele.api.CancelProjectCommand;
import qc.logbook.ele.api.ChangeFundingEnvelopeCommand;
import qc.logbook.ele.api.CompleteProjectCommand;
import qc.logbook.ele.api.CorrectProjectFiguresCommand;
import qc.logbook.ele.api.DefineFundingMeasureCommand;
import qc.logbook.ele.api.FundingEnvelopeChangedEvent;
import qc.logbook.ele.api.FundingMeasureDefinedEvent;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.ele.api.GrantProjectSupportCommand;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectStatus;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;
import qc.logbook.ele.api.ReviseProjectCommand;
import qc.logbook.ele.api.SubmitProjectCommand;

/**
 * A funding measure of an agreement period, with its envelope, and the projects submitted to it. The projects live
 * inside the measure's consistency boundary so that every money rule — support within the envelope, support within
 * the project's total cost, completed figures final — is checked against state that cannot change underneath (see
 * {@code docs/decisions/0004-ele-projects-inside-funding-measure.md}).
 *
 * <p>Territory scope: a measure and its envelope are regional, so defining one or changing its envelope takes a user
 * of every territory; a project is handled only by a user whose territories include all of the project's.
 */
public class FundingMeasure {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_TERRITORIES = 17;
    public static final int MAX_OUTCOMES = 20;
    public static final int MAX_OUTCOME = 1000;
    public static final int MAX_PARTICIPANTS = 1_000_000;

    @AggregateIdentifier
    private FundingMeasureId measureId;
    private String name;
    private FundingPeriod period;
    private Money envelope;
    private final Map<ProjectId, ProjectFile> projects = new LinkedHashMap<>();

    /** What the measure knows of one project; replaced as a whole by each event. */
    private record ProjectFile(LocalTeamId localTeamId, ProjectDetails details, Money support, ProjectStatus status,
                               ProjectSubmittedEvent submission) {

        ProjectFile with(ProjectDetails newDetails, Money newSupport, ProjectStatus newStatus) {
            return new ProjectFile(localTeamId, newDetails, newSupport, newStatus, submission);
        }

        /** The support this project holds in the envelope; a cancelled project holds none. */
        Money committed() {
            return status == ProjectStatus.CANCELLED ? Money.ZERO : support;
        }
    }

    public FundingMeasure() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FundingMeasureId handle(DefineFundingMeasureCommand command,
                                   @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireRegionWide(scope);
        FundingMeasureDefinedEvent event = new FundingMeasureDefinedEvent(command.measureId(),
                command.name() == null ? null : command.name().strip(), command.period(), command.envelope());
        if (measureId != null) {
            if (name.equals(event.name()) && period.equals(event.period()) && envelope.equals(event.envelope())) {
                return measureId; // a retry of the same creation: answer as the first time did
            }
            throw RuleViolation.conflict("id", "funding-measure.id-taken");
        }
        Text.requirePresent("name", event.name(), MAX_NAME);
        required("period", event.period());
        FundingPeriod p = event.period();
        if (p.firstYear() < MIN_YEAR || p.lastYear() > MAX_YEAR || p.firstYear() > p.lastYear()) {
            throw RuleViolation.invalid("period", "funding-measure.period-invalid", MIN_YEAR, MAX_YEAR);
        }
        requirePositive("envelope", event.envelope());
        apply(event);
        return command.measureId();
    }

    @CommandHandler
    public void handle(ChangeFundingEnvelopeCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireRegionWide(scope);
        requirePositive("envelope", command.envelope());
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        if (command.envelope().equals(envelope)) {
            throw RuleViolation.invalid("envelope", "funding-measure.envelope-unchanged");
        }
        Money committed = committed();
        if (committed.isGreaterThan(command.envelope())) {
            throw RuleViolation.conflict("envelope", "funding-measure.envelope-below-granted", committed);
        }
        apply(new FundingEnvelopeChangedEvent(measureId, command.envelope(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(SubmitProjectCommand command, @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        required("projectId", command.projectId());
        ProjectFile existing = projects.get(command.projectId());
        if (existing != null) {
            requireInScope(scope, existing.details());
        }
        ProjectSubmittedEvent event = new ProjectSubmittedEvent(measureId, command.projectId(), command.localTeamId(),
                command.details());
        if (existing != null) {
            if (existing.submission().equals(event)) {
                return; // a retry of the same submission
            }
            throw RuleViolation.conflict("id", "project.id-taken");
        }
        required("localTeamId", command.localTeamId());
        validate(command.details());
        requireInScope(scope, command.details());
        apply(event);
    }

    @CommandHandler
    public void handle(ReviseProjectCommand command, @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        ProjectFile project = existing(command.projectId(), scope);
        requireUnderWay(project);
        validate(command.details());
        requireInScope(scope, command.details());
        if (project.support().isGreaterThan(command.details().totalCost())) {
            throw RuleViolation.conflict("totalCost", "project.support-exceeds-total-cost", project.support())
                    .variant("total-cost");
        }
        if (project.details().equals(command.details())) {
            return; // nothing new
        }
        apply(new ProjectRevisedEvent(measureId, command.projectId(), command.details()));
    }

    @CommandHandler
    public void handle(GrantProjectSupportCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        ProjectFile project = existing(command.projectId(), scope);
        requireUnderWay(project);
        requirePositive("support", command.support());
        if (project.status() == ProjectStatus.FUNDED && project.support().equals(command.support())) {
            return; // a retry of the same grant
        }
        if (command.support().isGreaterThan(project.details().totalCost())) {
            throw RuleViolation.conflict("support", "project.support-exceeds-total-cost",
                    project.details().totalCost());
        }
        requireWithinEnvelope("support", command.support().minus(project.support()));
        apply(new ProjectSupportGrantedEvent(measureId, command.projectId(), command.support()));
    }

    @CommandHandler
    public void handle(CompleteProjectCommand command, @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        ProjectFile project = existing(command.projectId(), scope);
        switch (project.status()) {
            case COMPLETED -> {
                return; // already completed: a retry
            }
            case CANCELLED -> throw cancelled();
            case SUBMITTED -> throw RuleViolation.conflict(null, "project.not-funded");
            case FUNDED -> apply(new ProjectCompletedEvent(measureId, command.projectId()));
        }
    }

    @CommandHandler
    public void handle(CancelProjectCommand command, @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        ProjectFile project = existing(command.projectId(), scope);
        if (project.status() == ProjectStatus.CANCELLED) {
            throw RuleViolation.conflict(null, "project.already-cancelled");
        }
        if (project.status() == ProjectStatus.COMPLETED) {
            throw completedIsFinal();
        }
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        apply(new ProjectCancelledEvent(measureId, command.projectId(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(CorrectProjectFiguresCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        ProjectFile project = existing(command.projectId(), scope);
        if (project.status() != ProjectStatus.COMPLETED) {
            throw RuleViolation.conflict(null, "project.not-completed");
        }
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        validate(command.details());
        requireInScope(scope, command.details());
        requirePositive("support", command.support());
        if (command.support().isGreaterThan(command.details().totalCost())) {
            throw RuleViolation.invalid("support", "project.support-exceeds-total-cost",
                    command.details().totalCost());
        }
        if (project.details().equals(command.details()) && project.support().equals(command.support())) {
            throw RuleViolation.invalid(null, "correction.unchanged");
        }
        requireWithinEnvelope("support", command.support().minus(project.support()));
        apply(new ProjectFiguresCorrectedEvent(measureId, command.projectId(), command.details(), command.support(),
                command.reason().strip()));
    }

    @EventSourcingHandler
    void on(FundingMeasureDefinedEvent event) {
        measureId = event.measureId();
        name = event.name();
        period = event.period();
        envelope = event.envelope();
    }

    @EventSourcingHandler
    void on(FundingEnvelopeChangedEvent event) {
        envelope = event.envelope();
    }

    @EventSourcingHandler
    void on(ProjectSubmittedEvent event) {
        projects.put(event.projectId(), new ProjectFile(event.localTeamId(), event.details(), Money.ZERO,
                ProjectStatus.SUBMITTED, event));
    }

    @EventSourcingHandler
    void on(ProjectRevisedEvent event) {
        projects.computeIfPresent(event.projectId(), (id, p) -> p.with(event.details(), p.support(), p.status()));
    }

    @EventSourcingHandler
    void on(ProjectSupportGrantedEvent event) {
        projects.computeIfPresent(event.projectId(),
                (id, p) -> p.with(p.details(), event.support(), ProjectStatus.FUNDED));
    }

    @EventSourcingHandler
    void on(ProjectCompletedEvent event) {
        projects.computeIfPresent(event.projectId(),
                (id, p) -> p.with(p.details(), p.support(), ProjectStatus.COMPLETED));
    }

    @EventSourcingHandler
    void on(ProjectCancelledEvent event) {
        projects.computeIfPresent(event.projectId(),
                (id, p) -> p.with(p.details(), p.support(), ProjectStatus.CANCELLED));
    }

    @EventSourcingHandler
    void on(ProjectFiguresCorrectedEvent event) {
        projects.computeIfPresent(event.projectId(), (id, p) -> p.with(event.details(), event.support(), p.status()));
    }

    /** The support held by projects that are not cancelled. */
    private Money committed() {
        return projects.values().stream().map(ProjectFile::committed).reduce(Money.ZERO, Money::plus);
    }

    private void requireWithinEnvelope(String field, Money increase) {
        Money remaining = envelope.minus(committed());
        if (increase.isGreaterThan(remaining)) {
            throw RuleViolation.conflict(field, "funding-measure.envelope-exceeded", remaining);
        }
    }

    /** The project, which the user may handle. */
    private ProjectFile existing(ProjectId projectId, String scope) {
        ProjectFile project = projectId == null ? null : projects.get(projectId);
        if (project == null) {
            throw RuleViolation.notFound("projectId", "project.unknown").variant("in-measure");
        }
        requireInScope(scope, project.details());
        return project;
    }

    /** Refuses a project whose figures may no longer change without a correction. */
    private static void requireUnderWay(ProjectFile project) {
        if (project.status() == ProjectStatus.CANCELLED) {
            throw cancelled();
        }
        if (project.status() == ProjectStatus.COMPLETED) {
            throw completedIsFinal();
        }
    }

    /** Every territory of the project is one the user may act in. */
    private static void requireInScope(String scope, ProjectDetails details) {
        for (String territory : details.territories()) {
            TerritoryScope.require(scope, territory, "territories");
        }
    }

    private static void requireRegionWide(String scope) {
        if (scope != null && !TerritoryScope.ALL.equals(scope)) {
            throw RuleViolation.forbidden(null, "funding-measure.region-wide-only");
        }
    }

    private static RuleViolation cancelled() {
        return RuleViolation.conflict(null, "project.cancelled");
    }

    private static RuleViolation completedIsFinal() {
        return RuleViolation.conflict(null, "project.completed-final");
    }

    static void validate(ProjectDetails details) {
        if (details == null) {
            throw RuleViolation.invalid(null, "project.details-required");
        }
        Text.requirePresent("title", details.title(), MAX_TITLE);
        if (details.territories().isEmpty()) {
            throw RuleViolation.invalid("territories", "project.territories-required");
        }
        if (details.territories().size() > MAX_TERRITORIES) {
            throw RuleViolation.invalid("territories", "list.too-long", MAX_TERRITORIES);
        }
        for (int i = 0; i < details.territories().size(); i++) {
            requireTerritory("territories[" + i + "]", details.territories().get(i));
        }
        Text.requireMaxLength("description", details.description(), MAX_DESCRIPTION);
        requireCount("participants.persons", details.participants().persons(), MAX_PARTICIPANTS);
        requireCount("participants.participations", details.participants().participations(), MAX_PARTICIPANTS);
        requireTexts("outcomes", details.outcomes(), MAX_OUTCOMES, MAX_OUTCOME);
        requirePositive("totalCost", details.totalCost());
    }
}
