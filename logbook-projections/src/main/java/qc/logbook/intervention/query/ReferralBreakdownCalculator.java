package qc.logbook.intervention.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>Internally every figure is an additive counter ({@link #counts(InterventionFacts)}), so pre-aggregated counters
 * ({@link BreakdownCell}) and single facts add up the same way and give the same result.
 */
public final class ReferralBreakdownCalculator {

    static final String INTERVENTIONS = "interventions";
    static final String YOUTH_OR_FAMILIES = "youthOrFamilies";
    static final String UNDER_35 = "under35";
    static final String INDIVIDUAL_WITH_REFERRAL = "individualWithReferral";
    static final String REFERRALS = "referrals";
    static final String NOT_RECORDED = ReferralBreakdown.NOT_RECORDED;
    static final String PARTICIPANTS = "participants";
    static final String COLLECTIVE_WITH_PARTICIPANTS = "collectiveWithParticipants";
    private static final String MONTH = "month:";
    /** Beyond this many months, a period's empty edges are left out (a filter "from 1990" lists no 400 zeros). */
    static final int MAX_LISTED_MONTHS = 120;

    private final Map<String, Long> counts = new HashMap<>();

    /** What one intervention adds to every counter; nothing when it is cancelled. */
    public static Map<String, Long> counts(InterventionFacts facts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (facts.cancelled()) {
            return counts;
        }
        counts.put(INTERVENTIONS, 1L);
        counts.put(month(YearMonth.from(facts.date())), 1L);
        counts.put(tenure(facts.tenure()), 1L);
        counts.put(mode(facts.mode()), 1L);
        if (facts.youthOrFamilies()) {
            counts.put(YOUTH_OR_FAMILIES, 1L);
        }
        if (facts.under35()) {
            counts.put(UNDER_35, 1L);
        }
        if (facts.mode() == InterventionMode.INDIVIDUAL && !facts.referrals().isEmpty()) {
            counts.put(INDIVIDUAL_WITH_REFERRAL, 1L);
        }
        for (ReferralFact referral : facts.referrals()) {
            counts.merge(REFERRALS, 1L, Long::sum);
            counts.merge(need(referral.sector(), referral.need()), 1L, Long::sum);
            counts.merge(outcome(referral.outcome() == null ? NOT_RECORDED : referral.outcome().name()), 1L,
                    Long::sum);
        }
        if (facts.mode() == InterventionMode.COLLECTIVE) {
            facts.collectiveKinds().forEach(kind -> counts.put(collective(kind), 1L));
            if (facts.participants() != null) {
                long participants = facts.participants();
                counts.put(PARTICIPANTS, participants);
                counts.put(COLLECTIVE_WITH_PARTICIPANTS, 1L);
                facts.collectiveKinds().forEach(kind -> counts.put(participants(kind), participants));
            }
        }
        return counts;
    }

    /** Adds one intervention; cancelled ones are ignored. */
    public ReferralBreakdownCalculator add(InterventionFacts facts) {
        return addCounts(counts(facts));
    }

    /** Adds counters, e.g. the totals of a pre-aggregated cell. */
    public ReferralBreakdownCalculator addCounts(Map<String, Long> more) {
        if (more != null) {
            more.forEach((key, value) -> counts.merge(key, value, Long::sum));
        }
        return this;
    }

    /**
     * Takes counters away, e.g. the days of a month cell left out of a period; a counter back at zero is removed, as
     * if it had never been added.
     */
    public ReferralBreakdownCalculator subtractCounts(Map<String, Long> less) {
        if (less != null) {
            less.forEach((key, value) -> counts.merge(key, -value, (a, b) -> a + b == 0 ? null : a + b));
        }
        return this;
    }

    /** The breakdown, with the months of the interventions counted (from the first to the last that has any). */
    public ReferralBreakdown result() {
        return result(null, null);
    }

    /**
     * The breakdown over a period: every month from {@code from}'s to {@code to}'s is listed, zero when empty, so a
     * chart of the period shows its quiet months; an open end stops at the first or last month with interventions.
     */
    public ReferralBreakdown result(LocalDate from, LocalDate to) {
        long interventions = get(INTERVENTIONS);
        long referrals = get(REFERRALS);
        long individual = get(mode(InterventionMode.INDIVIDUAL));
        long collective = get(mode(InterventionMode.COLLECTIVE));
        List<SectorBreakdown> bySector = new ArrayList<>();
        for (ReferralSector sector : ReferralSector.values()) {
            long sectorCount = 0;
            for (ReferralNeed need : ReferralNeed.values()) {
                sectorCount += get(need(sector, need));
            }
            List<Share> needShares = new ArrayList<>();
            for (ReferralNeed need : ReferralNeed.values()) {
                long count = get(need(sector, need));
                if (count > 0) {
                    needShares.add(Share.of(need, need.name(), count, sectorCount));
                }
            }
            bySector.add(new SectorBreakdown(sector.name(), sector.labelFr(), sector.labelEn(), sectorCount,
                    Share.percent(sectorCount, referrals), needShares));
        }
        List<Share> outcomeShares = new ArrayList<>();
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            outcomeShares.add(Share.of(outcome, outcome.name(), get(outcome(outcome.name())), referrals));
        }
        outcomeShares.add(Share.of(NOT_RECORDED, "Non inscrite", "Not recorded", get(outcome(NOT_RECORDED)),
                referrals));
        List<Share> tenures = new ArrayList<>();
        for (Tenure tenure : Tenure.values()) {
            tenures.add(Share.of(tenure, tenure.name(), get(tenure(tenure)), interventions));
        }
        List<Share> modes = new ArrayList<>();
        for (InterventionMode mode : InterventionMode.values()) {
            modes.add(Share.of(mode, mode.name(), get(mode(mode)), interventions));
        }
        List<Share> kinds = new ArrayList<>();
        long participants = get(PARTICIPANTS);
        List<Share> participantsByKind = new ArrayList<>();
        for (CollectiveActionKind kind : CollectiveActionKind.values()) {
            kinds.add(Share.of(kind, kind.name(), get(collective(kind)), collective));
            participantsByKind.add(Share.of(kind, kind.name(), get(participants(kind)), participants));
        }
        return new ReferralBreakdown(
                interventions,
                tenures,
                Share.of("YOUTH_AND_FAMILIES", "Jeunes et familles", "Youth and families", get(YOUTH_OR_FAMILIES),
                        interventions),
                Share.of("UNDER_35", "Moins de 35 ans", "Under 35", get(UNDER_35), interventions),
                modes,
                individual,
                Share.of("WITH_REFERRAL", "Interventions individuelles avec référence",
                        "Individual interventions with a referral", get(INDIVIDUAL_WITH_REFERRAL), individual),
                referrals,
                bySector,
                outcomeShares,
                collective,
                kinds,
                Share.of("WITH_PARTICIPANTS", "Interventions collectives avec nombre de participants",
                        "Collective interventions with a number of participants", get(COLLECTIVE_WITH_PARTICIPANTS),
                        collective),
                participants,
                participantsByKind,
                byMonth(from, to, interventions));
    }

    private List<Share> byMonth(LocalDate from, LocalDate to, long interventions) {
        List<YearMonth> counted = counts.keySet().stream().filter(k -> k.startsWith(MONTH))
                .map(k -> YearMonth.parse(k.substring(MONTH.length()))).sorted().toList();
        YearMonth first = from != null ? YearMonth.from(from) : counted.isEmpty() ? null : counted.get(0);
        YearMonth last = to != null ? YearMonth.from(to) : counted.isEmpty() ? null : counted.get(counted.size() - 1);
        if (first != null && last != null && first.plusMonths(MAX_LISTED_MONTHS).isBefore(last)) {
            // a very long period: only the months that have interventions bound it
            first = counted.isEmpty() ? null : counted.get(0).isAfter(first) ? counted.get(0) : first;
            last = counted.isEmpty() ? null : counted.get(counted.size() - 1).isBefore(last)
                    ? counted.get(counted.size() - 1) : last;
        }
        List<Share> months = new ArrayList<>();
        if (first == null || last == null) {
            return months;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(Share.of(m.toString(), label(m, Locale.CANADA_FRENCH), label(m, Locale.ENGLISH),
                    get(month(m)), interventions));
        }
        return months;
    }

    private static String label(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear();
    }

    private static String month(YearMonth month) {
        return MONTH + month;
    }

    private long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    private static String tenure(Tenure tenure) {
        return "tenure:" + tenure.name();
    }

    private static String mode(InterventionMode mode) {
        return "mode:" + mode.name();
    }

    private static String need(ReferralSector sector, ReferralNeed need) {
        return "need:" + sector.name() + ":" + need.name();
    }

    private static String outcome(String outcome) {
        return "outcome:" + outcome;
    }

    private static String collective(CollectiveActionKind kind) {
        return "collective:" + kind.name();
    }

    private static String participants(CollectiveActionKind kind) {
        return "participants:" + kind.name();
    }
}
