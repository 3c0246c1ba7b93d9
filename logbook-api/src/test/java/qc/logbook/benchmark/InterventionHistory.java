package qc.logbook.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.CollectiveSupportId;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.intervention.api.WorkerId;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.AgeGroup;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;
import qc.logbook.reference.SupportCategory;
import qc.logbook.reference.TargetGroup;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/**
 * A plausible, seeded history of interventions: 60 % individual (half with a referral, half of those with an outcome),
 * 40 % collective (60 % supporting a collective action), 8 % corrected, 3 % cancelled; about 1.8 events each.
 */
final class InterventionHistory {

    static final List<String> TERRITORIES = List.of("LES-APPALACHES", "BEAUCE-SARTIGAN", "ROBERT-CLICHE",
            "LA-NOUVELLE-BEAUCE", "LES-ETCHEMINS", "BELLECHASSE", "LOTBINIERE", "LEVIS", "MONTMAGNY", "L-ISLET");
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final int DAYS = 6 * 365;

    private final Random random;
    private LocalDate around;

    InterventionHistory(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Interventions are logged within days of happening: from now on, dates fall in the three weeks before
     * {@code day} (a loader moves it forward through the history).
     */
    void around(LocalDate day) {
        this.around = day;
    }

    InterventionDetails details() {
        boolean individual = random.nextInt(10) < 6;
        Tenure tenure = pick(Tenure.values());
        LocalDate date = around == null ? FIRST_DAY.plusDays(random.nextInt(DAYS))
                : around.minusDays(random.nextInt(21));
        return new InterventionDetails(date,
                WorkerId.of("W-" + random.nextInt(400)), pick(WorkerRole.values()),
                AdministrativeRegion.CHAUDIERE_APPALACHES, TERRITORIES.get(random.nextInt(TERRITORIES.size())),
                tenure == Tenure.OUTSIDE_HOUSING ? null : "Organisme " + random.nextInt(80), tenure,
                individual ? InterventionMode.INDIVIDUAL : InterventionMode.COLLECTIVE,
                Set.of(pick(TargetGroup.values())), random.nextBoolean() ? Set.of(pick(AgeGroup.values())) : Set.of(),
                15 + random.nextInt(120), EnumSet.of(pick(SupportCategory.values())),
                random.nextInt(3) == 0 ? "Note de suivi " + random.nextInt(1000) : null,
                individual && random.nextBoolean() ? TenantRef.of("T-" + random.nextInt(100_000)) : null,
                random.nextBoolean());
    }

    /** The events of one intervention, in its own order. */
    List<Object> events(InterventionId id) {
        InterventionDetails details = details();
        List<Object> events = new ArrayList<>();
        events.add(new InterventionRecordedEvent(id, details));
        if (details.mode() == InterventionMode.INDIVIDUAL && random.nextBoolean()) {
            ReferralId referral = ReferralId.random();
            events.add(new TenantReferredEvent(id, referral, pick(ReferralSector.values()), pick(ReferralNeed.values()),
                    random.nextBoolean(), details.date()));
            if (random.nextBoolean()) {
                events.add(new ReferralOutcomeRecordedEvent(id, referral, pick(ReferralOutcome.values()),
                        details.date().plusDays(7)));
            }
        }
        if (details.mode() == InterventionMode.COLLECTIVE && random.nextInt(10) < 6) {
            events.add(new CollectiveActionSupportedEvent(id, CollectiveSupportId.random(),
                    pick(CollectiveActionKind.values()), pick(CollectiveSupportKind.values()), "Comité " + random.nextInt(50), null));
        }
        if (random.nextInt(100) < 8) {
            InterventionDetails d = details;
            events.add(new InterventionCorrectedEvent(id, new InterventionDetails(d.date(), d.worker(), d.workerRole(),
                    d.region(), d.territory(), d.housingOrganisation(), d.tenure(), d.mode(), d.targetGroups(),
                    d.ageGroups(), d.durationMinutes() + 5, d.supportCategories(), d.notes(), d.tenant(),
                    d.followUpPlanned()), "Durée corrigée"));
        }
        if (random.nextInt(100) < 3) {
            events.add(new InterventionCancelledEvent(id, "Doublon"));
        }
        return events;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
