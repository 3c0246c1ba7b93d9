package qc.logbook.intervention.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/**
 * What the referral breakdown needs of one intervention, with corrections applied; no notes, no tenant, no worker.
 * {@code participants} is the number of people who took part in a collective intervention, when stated.
 * A cancelled intervention stays as a tombstone ({@code cancelled}) so that a redelivered older event cannot bring it
 * back; queries leave tombstones out.
 */
@Document(InterventionFacts.COLLECTION)
@CompoundIndex(name = "date_territory", def = "{'date': 1, 'territory': 1}")
public record InterventionFacts(
        @Id String id,
        long version,
        boolean cancelled,
        LocalDate date,
        AdministrativeRegion region,
        String territory,
        WorkerRole workerRole,
        Tenure tenure,
        InterventionMode mode,
        boolean youthOrFamilies,
        boolean under35,
        List<ReferralFact> referrals,
        Set<CollectiveActionKind> collectiveKinds,
        Integer participants) {

    public static final String COLLECTION = "referral_breakdown_facts";

    public InterventionFacts {
        referrals = List.copyOf(referrals == null ? List.of() : referrals);
        collectiveKinds = collectiveKinds == null || collectiveKinds.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(collectiveKinds));
    }

    public static InterventionFacts recorded(InterventionRecordedEvent event, long sequence) {
        return of(event.interventionId().toString(), sequence, event.details(), List.of(), Set.of());
    }

    public InterventionFacts corrected(InterventionCorrectedEvent event, long sequence) {
        return of(id, sequence, event.details(), referrals, collectiveKinds);
    }

    public InterventionFacts referred(TenantReferredEvent event, long sequence) {
        List<ReferralFact> list = new ArrayList<>(referrals);
        list.add(new ReferralFact(event.referralId().toString(), event.sector(), event.need(), null));
        return with(sequence, list, collectiveKinds);
    }

    public InterventionFacts outcomeRecorded(ReferralOutcomeRecordedEvent event, long sequence) {
        String referralId = event.referralId().toString();
        List<ReferralFact> list = referrals.stream()
                .map(r -> r.referralId().equals(referralId)
                        ? new ReferralFact(r.referralId(), r.sector(), r.need(), event.outcome()) : r)
                .toList();
        return with(sequence, list, collectiveKinds);
    }

    public InterventionFacts collectiveActionSupported(CollectiveActionSupportedEvent event, long sequence) {
        EnumSet<CollectiveActionKind> kinds = EnumSet.noneOf(CollectiveActionKind.class);
        kinds.addAll(collectiveKinds);
        kinds.add(event.actionKind());
        return with(sequence, referrals, kinds);
    }

    public InterventionFacts cancelled(long sequence) {
        return new InterventionFacts(id, sequence, true, date, region, territory, workerRole, tenure, mode,
                youthOrFamilies, under35, referrals, collectiveKinds, participants);
    }

    private InterventionFacts with(long sequence, List<ReferralFact> newReferrals,
                                   Set<CollectiveActionKind> newKinds) {
        return new InterventionFacts(id, sequence, cancelled, date, region, territory, workerRole, tenure, mode,
                youthOrFamilies, under35, newReferrals, newKinds, participants);
    }

    private static InterventionFacts of(String id, long sequence, InterventionDetails d, List<ReferralFact> referrals,
                                        Set<CollectiveActionKind> kinds) {
        return new InterventionFacts(id, sequence, false, d.date(), d.region(), d.territory(), d.workerRole(), d.tenure(),
                d.mode(), d.reachesYouthOrFamilies(), d.reachesUnder35(), referrals, kinds, d.participants());
    }
}
