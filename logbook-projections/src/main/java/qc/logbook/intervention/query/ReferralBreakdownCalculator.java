package qc.logbook.intervention.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;
import qc.logbook.reference.Tenure;

/**
 * Folds intervention facts into the referral breakdown, one at a time, so a query can stream its documents. Every
 * category of a taxonomy appears in the result, with zero when nothing matched, so dashboards keep a stable shape;
 * needs are listed within a sector only when referred to at least once.
 */
public final class ReferralBreakdownCalculator {

    private long interventions;
    private long youthOrFamilies;
    private long under35;
    private long individualWithReferral;
    private long referrals;
    private final Map<Tenure, Long> tenures = new EnumMap<>(Tenure.class);
    private final Map<InterventionMode, Long> modes = new EnumMap<>(InterventionMode.class);
    private final Map<ReferralSector, Map<ReferralNeed, Long>> sectors = new EnumMap<>(ReferralSector.class);
    private final Map<ReferralOutcome, Long> outcomes = new EnumMap<>(ReferralOutcome.class);
    private long outcomeNotRecorded;
    private final Map<CollectiveActionKind, Long> collectiveKinds = new EnumMap<>(CollectiveActionKind.class);

    /** Adds one intervention; cancelled ones are ignored. */
    public ReferralBreakdownCalculator add(InterventionFacts facts) {
        if (facts.cancelled()) {
            return this;
        }
        interventions++;
        tenures.merge(facts.tenure(), 1L, Long::sum);
        modes.merge(facts.mode(), 1L, Long::sum);
        if (facts.youthOrFamilies()) {
            youthOrFamilies++;
        }
        if (facts.under35()) {
            under35++;
        }
        if (facts.mode() == InterventionMode.INDIVIDUAL && !facts.referrals().isEmpty()) {
            individualWithReferral++;
        }
        for (ReferralFact referral : facts.referrals()) {
            referrals++;
            sectors.computeIfAbsent(referral.sector(), s -> new EnumMap<>(ReferralNeed.class))
                    .merge(referral.need(), 1L, Long::sum);
            if (referral.outcome() == null) {
                outcomeNotRecorded++;
            } else {
                outcomes.merge(referral.outcome(), 1L, Long::sum);
            }
        }
        if (facts.mode() == InterventionMode.COLLECTIVE) {
            facts.collectiveKinds().forEach(kind -> collectiveKinds.merge(kind, 1L, Long::sum));
        }
        return this;
    }

    public ReferralBreakdown result() {
        long individual = modes.getOrDefault(InterventionMode.INDIVIDUAL, 0L);
        long collective = modes.getOrDefault(InterventionMode.COLLECTIVE, 0L);
        List<SectorBreakdown> bySector = new ArrayList<>();
        for (ReferralSector sector : ReferralSector.values()) {
            Map<ReferralNeed, Long> needs = sectors.getOrDefault(sector, Map.of());
            long sectorCount = needs.values().stream().mapToLong(Long::longValue).sum();
            List<Share> needShares = new ArrayList<>();
            for (ReferralNeed need : ReferralNeed.values()) {
                long count = needs.getOrDefault(need, 0L);
                if (count > 0) {
                    needShares.add(Share.of(need, need.name(), count, sectorCount));
                }
            }
            bySector.add(new SectorBreakdown(sector.name(), sector.labelFr(), sector.labelEn(), sectorCount,
                    Share.percent(sectorCount, referrals), needShares));
        }
        List<Share> outcomeShares = new ArrayList<>();
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            outcomeShares.add(Share.of(outcome, outcome.name(), outcomes.getOrDefault(outcome, 0L), referrals));
        }
        outcomeShares.add(Share.of("NOT_RECORDED", "Non inscrite", "Not recorded", outcomeNotRecorded, referrals));
        return new ReferralBreakdown(
                interventions,
                shares(Tenure.values(), tenures, interventions),
                Share.of("YOUTH_AND_FAMILIES", "Jeunes et familles", "Youth and families", youthOrFamilies,
                        interventions),
                Share.of("UNDER_35", "Moins de 35 ans", "Under 35", under35, interventions),
                shares(InterventionMode.values(), modes, interventions),
                individual,
                Share.of("WITH_REFERRAL", "Interventions individuelles avec référence",
                        "Individual interventions with a referral", individualWithReferral, individual),
                referrals,
                bySector,
                outcomeShares,
                collective,
                shares(CollectiveActionKind.values(), collectiveKinds, collective));
    }

    private static <E extends Enum<E> & qc.logbook.reference.Labelled> List<Share> shares(
            E[] values, Map<E, Long> counts, long whole) {
        List<Share> list = new ArrayList<>(values.length);
        for (E value : values) {
            list.add(Share.of(value, value.name(), counts.getOrDefault(value, 0L), whole));
        }
        return list;
    }
}
