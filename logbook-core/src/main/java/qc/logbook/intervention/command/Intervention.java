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
    /**
     * Bounds of the number of participants of a collective intervention: at least the one person met (otherwise
     * nothing took place), at most a size no café-rencontre or committee meeting reaches, so that a typo (an extra
     * zero or two) is refused rather than summed into the breakdown.
     */
    public static final int MIN_PARTICIPANTS = 1;
    public static final int MAX_PARTICIPANTS = 10_000;

    /**
     * The easternmost time zone of Québec (Magdalen Islands): a date is "in the future" only once it is in the future
     * everywhere in Québec, so no worker is refused today's date late in the evening.
     */
    static final ZoneId EASTERNMOST_QUEBEC_ZONE = ZoneId.of("America/Halifax");

    @AggregateIdentifier
    private InterventionId interventionId;
    private InterventionDetails details;
    /** The details as first recorded: a retried creation is compared with them, not with a later correction. */
    private InterventionDetails recordedDetails;
    private boolean cancelled;
    private final Map<ReferralId, TenantReferredEvent> referrals = new LinkedHashMap<>();
    private final Map<ReferralId, ReferralOutcomeRecordedEvent> outcomes = new LinkedHashMap<>();
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
            if (recordedDetails.equals(command.details())) {
                return interventionId; // a retry of the same creation, even after a correction: answer as then
            }
            throw RuleViolation.conflict("id", "intervention.id-taken");
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
            if (existing.equals(event) || isRetryWithoutDate(existing, command)) {
                return;
            }
            throw RuleViolation.conflict("referralId", "referral.id-taken");
        }
        if (details.mode() != InterventionMode.INDIVIDUAL) {
            throw RuleViolation.conflict(null, "referral.individual-only");
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
            throw RuleViolation.notFound("referralId", "referral.unknown");
        }
        required("outcome", command.outcome());
        LocalDate observedOn = command.observedOn() == null
                ? today(command.receivedAt()) : command.observedOn();
        // Checked before the retry test: a retry is only a retry of something that was valid.
        requireDateWithin("observedOn", observedOn, referral.referredOn(), command.receivedAt());
        ReferralOutcomeRecordedEvent latest = outcomes.get(command.referralId());
        if (latest != null && latest.outcome() == command.outcome()
                && (command.observedOn() == null || command.observedOn().equals(latest.observedOn()))) {
            return; // a retry: same outcome, and no other date given
        }
        // The same outcome observed on another date is new information: a new event, not silence.
        apply(new ReferralOutcomeRecordedEvent(interventionId, command.referralId(), command.outcome(), observedOn));
    }

    @CommandHandler
    public void handle(SupportCollectiveActionCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireInScope(scope);
        requireNotCancelled();
        CollectiveActionSupportedEvent event = new CollectiveActionSupportedEvent(interventionId, command.supportId(),
                command.actionKind(), command.supportKind(), blankToNull(command.groupName()),
                command.practiceId());
        CollectiveActionSupportedEvent existing = supports.get(command.supportId());
        if (existing != null) {
            if (existing.equals(event)) {
                return;
            }
            throw RuleViolation.conflict("supportId", "collective-support.id-taken");
        }
        if (details.mode() != InterventionMode.COLLECTIVE) {
            throw RuleViolation.conflict(null, "collective-support.collective-only");
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
            throw RuleViolation.invalid(null, "correction.unchanged");
        }
        if (corrected.mode() == InterventionMode.COLLECTIVE && !referrals.isEmpty()) {
            throw RuleViolation.conflict("mode", "correction.mode-has-referrals");
        }
        if (corrected.mode() == InterventionMode.INDIVIDUAL && !supports.isEmpty()) {
            throw RuleViolation.conflict("mode", "correction.mode-has-collective-supports");
        }
        requireNotAfterReferrals(corrected.date());
        apply(new InterventionCorrectedEvent(interventionId, corrected, command.reason().strip()));
    }

    @CommandHandler
    public void handle(CancelInterventionCommand command,
                       @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        requireInScope(scope);
        if (cancelled) {
            throw RuleViolation.conflict(null, "intervention.already-cancelled");
        }
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        apply(new InterventionCancelledEvent(interventionId, command.reason().strip()));
    }

    @EventSourcingHandler
    void on(InterventionRecordedEvent event) {
        interventionId = event.interventionId();
        details = event.details();
        recordedDetails = event.details();
    }

    @EventSourcingHandler
    void on(TenantReferredEvent event) {
        referrals.put(event.referralId(), event);
    }

    @EventSourcingHandler
    void on(ReferralOutcomeRecordedEvent event) {
        outcomes.put(event.referralId(), event);
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

    /**
     * A referral is never dated before its intervention (checked when it is made), so a correction may not move the
     * intervention after the earliest of its referrals either: the rule holds whichever way the dates change. Outcomes
     * are never dated before their referral, so this also keeps the intervention before every outcome.
     */
    private void requireNotAfterReferrals(LocalDate date) {
        referrals.values().stream().map(TenantReferredEvent::referredOn).min(LocalDate::compareTo)
                .filter(date::isAfter)
                .ifPresent(earliest -> {
                    throw RuleViolation.conflict("date", "correction.date-after-referrals", earliest.toString());
                });
    }

    /**
     * A referral sent again without its date, after a correction moved the intervention's date: the date it was given
     * then (the intervention's date at the time) is not today's default, yet it is the same referral, not another one
     * under the same id (an offline client resending its queue must not be refused).
     */
    private static boolean isRetryWithoutDate(TenantReferredEvent existing, ReferTenantCommand command) {
        return command.referredOn() == null && existing.sector() == command.sector()
                && existing.need() == command.need() && existing.accompanied() == command.accompanied();
    }

    /** A user acts only on interventions of their own territories, whatever id the request names. */
    private void requireInScope(String scope) {
        TerritoryScope.require(scope, details.territory(), null);
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw RuleViolation.conflict(null, "intervention.cancelled");
        }
    }

    /** Rules on the recorded details, shared by recording and correcting. */
    static void validate(InterventionDetails details, Instant receivedAt) {
        if (details == null) {
            throw RuleViolation.invalid(null, "intervention.details-required");
        }
        required("date", details.date());
        required("workerId", details.worker());
        required("workerRole", details.workerRole());
        required("region", details.region());
        required("tenure", details.tenure());
        required("mode", details.mode());
        requireDateWithin("date", details.date(), InterventionDetails.EARLIEST_DATE, receivedAt);
        Territory territory = Territories.byCode(details.territory()).orElseThrow(
                () -> RuleViolation.invalid("territory", "territory.unknown"));
        if (territory.region() != details.region()) {
            throw RuleViolation.invalid("territory", "territory.outside-region");
        }
        if (details.tenure() == Tenure.OUTSIDE_HOUSING) {
            Text.requireMaxLength("housingOrganisation", details.housingOrganisation(), MAX_NAME);
        } else {
            Text.requirePresent("housingOrganisation", details.housingOrganisation(), MAX_NAME);
        }
        if (details.targetGroups().isEmpty()) {
            throw RuleViolation.invalid("targetGroups", "target-groups.required");
        }
        if (details.supportCategories().isEmpty()) {
            throw RuleViolation.invalid("supportCategories", "support-categories.required");
        }
        if (details.durationMinutes() < MIN_DURATION_MINUTES || details.durationMinutes() > MAX_DURATION_MINUTES) {
            throw RuleViolation.invalid("durationMinutes", "duration.out-of-range",
                    MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
        }
        Text.requireMaxLength("notes", details.notes(), MAX_NOTES);
        if (details.tenant() != null && details.mode() != InterventionMode.INDIVIDUAL) {
            throw RuleViolation.invalid("tenantRef", "tenant.individual-only");
        }
        if (details.participants() != null) {
            if (details.mode() != InterventionMode.COLLECTIVE) {
                throw RuleViolation.invalid("participants", "participants.collective-only");
            }
            if (details.participants() < MIN_PARTICIPANTS || details.participants() > MAX_PARTICIPANTS) {
                throw RuleViolation.invalid("participants", "participants.out-of-range", MIN_PARTICIPANTS,
                        MAX_PARTICIPANTS);
            }
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw RuleViolation.invalid(field, "required");
        }
    }

    private static void requireDateWithin(String field, LocalDate date, LocalDate earliest, Instant receivedAt) {
        if (date.isAfter(today(receivedAt))) {
            throw RuleViolation.invalid(field, "date.in-future");
        }
        if (date.isBefore(earliest)) {
            throw RuleViolation.invalid(field, "date.too-early", earliest);
        }
    }

    private static LocalDate today(Instant receivedAt) {
        return LocalDate.ofInstant(Objects.requireNonNull(receivedAt, "receivedAt"), EASTERNMOST_QUEBEC_ZONE);
    }

    private static String blankToNull(String text) {
        return Text.isBlank(text) ? null : text.strip();
    }
}
