package qc.logbook.intervention.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.domain.WorkerScope;
import qc.logbook.domain.Text;
import qc.logbook.intervention.api.CancelInterventionCommand;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.CollectiveSupportId;
import qc.logbook.intervention.api.CorrectInterventionCommand;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.RecordInterventionCommand;
import qc.logbook.intervention.api.RecordReferralOutcomeCommand;
import qc.logbook.intervention.api.ReferTenantCommand;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.SupportCollectiveActionCommand;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.Territory;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Tenure;

/**
 * One entry of the journal de bord. Invariants are checked in command handlers; state changes only in event-sourcing
 * handlers. Nothing is edited in place: a correction or a cancellation is a new event with its reason.
 */
public class Intervention {

    /** Limits, in characters as a person counts them (code points). */
    public static final int MAX_NOTES = 2000;
    public static final int MAX_REASON = 500;
    public static final int MAX_NAME = 150;
    public static final int MIN_DURATION_MINUTES = 1;
    public static final int MAX_DURATION_MINUTES = 720;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    /**
     * The easternmost time zone of Québec (Magdalen Islands): a date is "in the future" only once it is in the future
     * everywhere in Québec, so no worker is refused today's date late in the evening.
     */
    static final ZoneId EASTERNMOST_QUEBEC_ZONE = ZoneId.of("America/Halifax");

    @AggregateIdentifier
    private InterventionId interventionId;
    private InterventionDetails details;
    private boolean cancelled;
    private final Map<ReferralId, TenantReferredEvent> referrals = new LinkedHashMap<>();
    private final Map<ReferralId, ReferralOutcome> outcomes = new LinkedHashMap<>();
    private final Map<CollectiveSupportId, CollectiveActionSupportedEvent> supports = new LinkedHashMap<>();

    public Intervention() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public InterventionId handle(RecordInterventionCommand command,
                                 @MetaDataValue(TerritoryScope.METADATA_KEY) String scope,
                                 @MetaDataValue(WorkerScope.METADATA_KEY) String mayRecordFor) {
        if (details != null) {
            TerritoryScope.require(scope, details.territory(), "territory");
            if (details.equals(command.details())) {
                return interventionId; // a retry of the same creation: answer as the first time did
            }
            throw RuleViolation.conflict("id", "intervention.id-taken",
                    "Une autre intervention porte déjà cet identifiant.",
                    "Another intervention already has this identifier.");
        }
        validate(command.details(), command.receivedAt());
        TerritoryScope.require(scope, command.details().territory(), "territory");
        WorkerScope.require(mayRecordFor, command.details().worker().value(), "workerId");
        apply(new InterventionRecordedEvent(command.interventionId(), command.details()));
        return command.interventionId();
    }

    @CommandHandler
    public void handle(ReferTenantCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireInScope(scope);
        requireNotCancelled();
        TenantReferredEvent existing = referrals.get(command.referralId());
        LocalDate referredOn = command.referredOn() == null ? details.date() : command.referredOn();
        TenantReferredEvent event = new TenantReferredEvent(interventionId, command.referralId(), command.sector(),
                command.need(), command.accompanied(), referredOn);
        if (existing != null) {
            if (existing.equals(event)) {
                return;
            }
            throw RuleViolation.conflict("referralId", "referral.id-taken",
                    "Une autre référence porte déjà cet identifiant.",
                    "Another referral already has this identifier.");
        }
        if (details.mode() != InterventionMode.INDIVIDUAL) {
            throw RuleViolation.conflict(null, "referral.individual-only",
                    "Une référence ne peut être faite que depuis une intervention individuelle.",
                    "A referral can only be made from an individual intervention.");
        }
        required("sector", command.sector());
        required("need", command.need());
        requireDateWithin("referredOn", referredOn, details.date(), command.receivedAt());
        apply(event);
    }

    @CommandHandler
    public void handle(RecordReferralOutcomeCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireInScope(scope);
        requireNotCancelled();
        TenantReferredEvent referral = referrals.get(command.referralId());
        if (referral == null) {
            throw RuleViolation.notFound("referralId", "referral.unknown",
                    "Cette intervention n'a aucune référence portant cet identifiant.",
                    "This intervention has no referral with this identifier.");
        }
        required("outcome", command.outcome());
        if (command.outcome() == outcomes.get(command.referralId())) {
            return; // nothing new to record
        }
        LocalDate observedOn = command.observedOn() == null
                ? today(command.receivedAt()) : command.observedOn();
        requireDateWithin("observedOn", observedOn, referral.referredOn(), command.receivedAt());
        apply(new ReferralOutcomeRecordedEvent(interventionId, command.referralId(), command.outcome(), observedOn));
    }

    @CommandHandler
    public void handle(SupportCollectiveActionCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireInScope(scope);
        requireNotCancelled();
        CollectiveActionSupportedEvent event = new CollectiveActionSupportedEvent(interventionId, command.supportId(),
                command.actionKind(), command.supportKind(), blankToNull(command.groupName()));
        CollectiveActionSupportedEvent existing = supports.get(command.supportId());
        if (existing != null) {
            if (existing.equals(event)) {
                return;
            }
            throw RuleViolation.conflict("supportId", "collective-support.id-taken",
                    "Un autre soutien porte déjà cet identifiant.",
                    "Another support already has this identifier.");
        }
        if (details.mode() != InterventionMode.COLLECTIVE) {
            throw RuleViolation.conflict(null, "collective-support.collective-only",
                    "Le soutien à une action collective ne peut être inscrit que sur une intervention collective.",
                    "Support to a collective action can only be recorded on a collective intervention.");
        }
        required("actionKind", command.actionKind());
        required("supportKind", command.supportKind());
        Text.requireMaxLength("groupName", command.groupName(), MAX_NAME);
        apply(event);
    }

    @CommandHandler
    public void handle(CorrectInterventionCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope,
                       @MetaDataValue(WorkerScope.METADATA_KEY) String mayRecordFor) {
        requireInScope(scope);
        requireNotCancelled();
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        validate(command.details(), command.receivedAt());
        TerritoryScope.require(scope, command.details().territory(), "territory");
        InterventionDetails corrected = command.details();
        if (!corrected.worker().equals(details.worker())) {
            // keeping the recorded worker is always allowed; naming another is recording for them
            WorkerScope.require(mayRecordFor, corrected.worker().value(), "workerId");
        }
        if (corrected.equals(details)) {
            throw RuleViolation.invalid(null, "correction.unchanged",
                    "La correction ne change rien à l'intervention.",
                    "The correction changes nothing in the intervention.");
        }
        if (corrected.mode() == InterventionMode.COLLECTIVE && !referrals.isEmpty()) {
            throw RuleViolation.conflict("mode", "correction.mode-has-referrals",
                    "Une intervention qui a des références doit rester individuelle.",
                    "An intervention with referrals must stay individual.");
        }
        if (corrected.mode() == InterventionMode.INDIVIDUAL && !supports.isEmpty()) {
            throw RuleViolation.conflict("mode", "correction.mode-has-collective-supports",
                    "Une intervention qui soutient des actions collectives doit rester collective.",
                    "An intervention supporting collective actions must stay collective.");
        }
        apply(new InterventionCorrectedEvent(interventionId, corrected, command.reason().strip()));
    }

    @CommandHandler
    public void handle(CancelInterventionCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireInScope(scope);
        if (cancelled) {
            throw RuleViolation.conflict(null, "intervention.already-cancelled",
                    "Cette intervention est déjà annulée.", "This intervention is already cancelled.");
        }
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        apply(new InterventionCancelledEvent(interventionId, command.reason().strip()));
    }

    @EventSourcingHandler
    void on(InterventionRecordedEvent event) {
        interventionId = event.interventionId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(TenantReferredEvent event) {
        referrals.put(event.referralId(), event);
    }

    @EventSourcingHandler
    void on(ReferralOutcomeRecordedEvent event) {
        outcomes.put(event.referralId(), event.outcome());
    }

    @EventSourcingHandler
    void on(CollectiveActionSupportedEvent event) {
        supports.put(event.supportId(), event);
    }

    @EventSourcingHandler
    void on(InterventionCorrectedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(InterventionCancelledEvent event) {
        cancelled = true;
    }

    /** A user acts only on interventions of their own territories, whatever id the request names. */
    private void requireInScope(String scope) {
        TerritoryScope.require(scope, details.territory(), null);
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw RuleViolation.conflict(null, "intervention.cancelled",
                    "Cette intervention est annulée; elle ne peut plus changer.",
                    "This intervention is cancelled; it can no longer change.");
        }
    }

    /** Rules on the recorded details, shared by recording and correcting. */
    static void validate(InterventionDetails details, Instant receivedAt) {
        if (details == null) {
            throw RuleViolation.invalid(null, "intervention.details-required",
                    "Les détails de l'intervention sont obligatoires.", "The intervention details are required.");
        }
        required("date", details.date());
        required("workerId", details.worker());
        required("workerRole", details.workerRole());
        required("region", details.region());
        required("tenure", details.tenure());
        required("mode", details.mode());
        requireDateWithin("date", details.date(), EARLIEST_DATE, receivedAt);
        Territory territory = Territories.byCode(details.territory()).orElseThrow(() -> RuleViolation.invalid(
                "territory", "territory.unknown",
                "Ce territoire (MRC) n'existe pas dans le référentiel.",
                "This territory (MRC) is not in the reference data."));
        if (territory.region() != details.region()) {
            throw RuleViolation.invalid("territory", "territory.outside-region",
                    "Ce territoire n'appartient pas à la région indiquée.",
                    "This territory does not belong to the given region.");
        }
        if (details.tenure() == Tenure.OUTSIDE_HOUSING) {
            Text.requireMaxLength("housingOrganisation", details.housingOrganisation(), MAX_NAME);
        } else {
            Text.requirePresent("housingOrganisation", details.housingOrganisation(), MAX_NAME);
        }
        if (details.targetGroups().isEmpty()) {
            throw RuleViolation.invalid("targetGroups", "target-groups.required",
                    "Indiquez au moins un groupe rejoint.", "Give at least one target group.");
        }
        if (details.supportCategories().isEmpty()) {
            throw RuleViolation.invalid("supportCategories", "support-categories.required",
                    "Indiquez au moins une catégorie de soutien.", "Give at least one support category.");
        }
        if (details.durationMinutes() < MIN_DURATION_MINUTES || details.durationMinutes() > MAX_DURATION_MINUTES) {
            throw RuleViolation.invalid("durationMinutes", "duration.out-of-range",
                    "La durée doit être comprise entre " + MIN_DURATION_MINUTES + " et " + MAX_DURATION_MINUTES
                            + " minutes.",
                    "The duration must be between " + MIN_DURATION_MINUTES + " and " + MAX_DURATION_MINUTES
                            + " minutes.");
        }
        Text.requireMaxLength("notes", details.notes(), MAX_NOTES);
        if (details.tenant() != null && details.mode() != InterventionMode.INDIVIDUAL) {
            throw RuleViolation.invalid("tenantRef", "tenant.individual-only",
                    "Une référence de locataire ne s'inscrit que sur une intervention individuelle.",
                    "A tenant reference belongs only on an individual intervention.");
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw RuleViolation.invalid(field, "required", "Ce champ est obligatoire.", "This field is required.");
        }
    }

    private static void requireDateWithin(String field, LocalDate date, LocalDate earliest, Instant receivedAt) {
        if (date.isAfter(today(receivedAt))) {
            throw RuleViolation.invalid(field, "date.in-future",
                    "La date ne peut pas être dans le futur.", "The date cannot be in the future.");
        }
        if (date.isBefore(earliest)) {
            throw RuleViolation.invalid(field, "date.too-early",
                    "La date ne peut pas précéder le " + earliest + ".", "The date cannot be before " + earliest + ".");
        }
    }

    private static LocalDate today(Instant receivedAt) {
        return LocalDate.ofInstant(Objects.requireNonNull(receivedAt, "receivedAt"), EASTERNMOST_QUEBEC_ZONE);
    }

    private static String blankToNull(String text) {
        return Text.isBlank(text) ? null : text.strip();
    }
}
