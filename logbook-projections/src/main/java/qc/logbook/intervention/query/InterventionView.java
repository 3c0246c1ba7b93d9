package qc.logbook.intervention.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.privacy.api.TenantForgottenEvent;

/**
 * Read model of one intervention with its current details and full event timeline (the audit view). Built by folding
 * the intervention's events in order; each fold method is pure, so tests call them without Spring or a store.
 *
 * @param version sequence number of the last event folded in, which makes redelivered events no-ops
 */
@Document(InterventionView.COLLECTION)
@CompoundIndex(name = "territory_date", def = "{'details.territory': 1, 'details.date': -1}")
@CompoundIndex(name = "territory_mode_date", def = "{'details.territory': 1, 'details.mode': 1, 'details.date': -1}")
@CompoundIndex(name = "recent", def = "{'details.date': -1, 'recordedAt': -1, '_id': 1}")
@CompoundIndex(name = "worker_recent", def = "{'details.worker.value': 1, 'details.date': -1, 'recordedAt': -1, '_id': 1}")
@CompoundIndex(name = "referral_outcome_territory", def = "{'referrals.outcome': 1, 'details.territory': 1}")
public record InterventionView(
        @Id String id,
        long version,
        InterventionDetails details,
        InterventionStatus status,
        String cancellationReason,
        List<ReferralView> referrals,
        List<CollectiveSupportView> collectiveSupports,
        List<TimelineEntry> timeline,
        Instant recordedAt,
        Instant updatedAt) {

    public static final String COLLECTION = "intervention_views";

    public InterventionView {
        referrals = List.copyOf(referrals == null ? List.of() : referrals);
        collectiveSupports = List.copyOf(collectiveSupports == null ? List.of() : collectiveSupports);
        timeline = List.copyOf(timeline == null ? List.of() : timeline);
    }

    /** Metadata of the event being folded in. */
    public record Origin(long sequence, Instant at, String actor) {

        TimelineEntry entry(Object event, String reason, String subjectId, String detail) {
            return new TimelineEntry(sequence, event.getClass().getSimpleName(), at, actor, reason, subjectId, detail);
        }
    }

    public static InterventionView recorded(InterventionRecordedEvent event, Origin origin) {
        return new InterventionView(event.interventionId().toString(), origin.sequence(), event.details(),
                InterventionStatus.ACTIVE, null, List.of(), List.of(),
                List.of(origin.entry(event, null, null, event.details().mode().name())), origin.at(), origin.at());
    }

    public InterventionView referred(TenantReferredEvent event, Origin origin) {
        List<ReferralView> list = new ArrayList<>(referrals);
        list.add(new ReferralView(event.referralId().toString(), event.sector(), event.need(), event.accompanied(),
                event.referredOn(), null, null));
        return next(origin, details, status, cancellationReason, list, collectiveSupports,
                origin.entry(event, null, event.referralId().toString(), event.sector().name()));
    }

    public InterventionView outcomeRecorded(ReferralOutcomeRecordedEvent event, Origin origin) {
        String referralId = event.referralId().toString();
        List<ReferralView> list = referrals.stream()
                .map(r -> r.referralId().equals(referralId) ? r.withOutcome(event.outcome(), event.observedOn()) : r)
                .toList();
        return next(origin, details, status, cancellationReason, list, collectiveSupports,
                origin.entry(event, null, referralId, event.outcome().name()));
    }

    public InterventionView collectiveActionSupported(CollectiveActionSupportedEvent event, Origin origin) {
        List<CollectiveSupportView> list = new ArrayList<>(collectiveSupports);
        list.add(new CollectiveSupportView(event.supportId().toString(), event.actionKind(), event.supportKind(),
                event.groupName(), event.practiceId() == null ? null : event.practiceId().toString()));
        return next(origin, details, status, cancellationReason, referrals, list,
                origin.entry(event, null, event.supportId().toString(), event.actionKind().name()));
    }

    public InterventionView corrected(InterventionCorrectedEvent event, Origin origin) {
        return next(origin, event.details(), status, cancellationReason, referrals, collectiveSupports,
                origin.entry(event, event.reason(), null, null));
    }

    public InterventionView cancelled(InterventionCancelledEvent event, Origin origin) {
        return next(origin, details, InterventionStatus.CANCELLED, event.reason(), referrals, collectiveSupports,
                origin.entry(event, event.reason(), null, null));
    }

    /**
     * The same view with its notes and tenant reference shown as erased, after the tenant was forgotten. Applied once
     * per erasure (a redelivered erasure event leaves the view as it is); the version stays that of the intervention.
     */
    public InterventionView personalDataErased(TenantForgottenEvent event, Origin origin) {
        String subject = event.subjectKeyId().toString();
        boolean alreadyErased = timeline.stream().anyMatch(entry -> subject.equals(entry.subjectId())
                && TenantForgottenEvent.class.getSimpleName().equals(entry.type()));
        if (alreadyErased) {
            return this;
        }
        List<TimelineEntry> newTimeline = new ArrayList<>(timeline);
        newTimeline.add(new TimelineEntry(origin.sequence(), TenantForgottenEvent.class.getSimpleName(), origin.at(),
                origin.actor(), event.reason(), subject, null));
        return new InterventionView(id, version, details.withPersonalDataErased(), status, cancellationReason,
                referrals, collectiveSupports, newTimeline, recordedAt, origin.at());
    }

    private InterventionView next(Origin origin, InterventionDetails newDetails, InterventionStatus newStatus,
                                  String newCancellationReason, List<ReferralView> newReferrals,
                                  List<CollectiveSupportView> newSupports, TimelineEntry entry) {
        List<TimelineEntry> newTimeline = new ArrayList<>(timeline);
        newTimeline.add(entry);
        return new InterventionView(id, origin.sequence(), newDetails, newStatus, newCancellationReason, newReferrals,
                newSupports, newTimeline, recordedAt, origin.at());
    }
}
