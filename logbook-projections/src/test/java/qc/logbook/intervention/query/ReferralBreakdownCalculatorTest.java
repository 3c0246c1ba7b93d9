package qc.logbook.intervention.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.CollectiveSupportId;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
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

class ReferralBreakdownCalculatorTest {

    private static InterventionDetails details(Tenure tenure, InterventionMode mode, Set<TargetGroup> groups,
                                               Set<AgeGroup> ages) {
        return new InterventionDetails(LocalDate.of(2024, 3, 1), WorkerId.of("W-1"), WorkerRole.OUTREACH_WORKER,
                AdministrativeRegion.CHAUDIERE_APPALACHES, "LEVIS", "OMH", tenure, mode, groups, ages, 30,
                Set.of(SupportCategory.HELPING_RELATIONSHIP), null, null);
    }

    private static InterventionFacts recorded(Tenure tenure, InterventionMode mode, Set<TargetGroup> groups,
                                              Set<AgeGroup> ages) {
        return InterventionFacts.recorded(new InterventionRecordedEvent(InterventionId.random(),
                details(tenure, mode, groups, ages)), 0);
    }

    private static InterventionFacts referred(InterventionFacts facts, ReferralSector sector, ReferralNeed need,
                                              long sequence) {
        return facts.referred(new TenantReferredEvent(InterventionId.of(facts.id()), ReferralId.random(), sector,
                need, false, LocalDate.of(2024, 3, 1)), sequence);
    }

    private static InterventionFacts on(LocalDate date) {
        return InterventionFacts.recorded(new InterventionRecordedEvent(InterventionId.random(),
                new InterventionDetails(date, WorkerId.of("W-1"), WorkerRole.OUTREACH_WORKER,
                        AdministrativeRegion.CHAUDIERE_APPALACHES, "LEVIS", "OMH", Tenure.HLM_OMH,
                        InterventionMode.INDIVIDUAL, Set.of(), Set.of(), 30,
                        Set.of(SupportCategory.HELPING_RELATIONSHIP), null, null)), 0);
    }

    @Test
    void countsInterventionsPerMonthListingTheQuietMonthsOfThePeriod() {
        ReferralBreakdownCalculator calculator = new ReferralBreakdownCalculator()
                .add(on(LocalDate.of(2024, 1, 31))).add(on(LocalDate.of(2024, 1, 2)))
                .add(on(LocalDate.of(2024, 3, 15))).add(on(LocalDate.of(2024, 3, 1)).cancelled(1));

        ReferralBreakdown open = calculator.result();
        assertThat(open.byMonth()).extracting(Share::code).containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(open.byMonth()).extracting(Share::count).containsExactly(2L, 0L, 1L);
        assertThat(open.byMonth().get(0).percent()).isEqualByComparingTo("66.7");
        assertThat(open.byMonth().get(0).labelFr()).isEqualTo("janvier 2024");
        assertThat(open.byMonth().get(1).labelEn()).isEqualTo("February 2024");

        ReferralBreakdown period = calculator.result(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 4, 30));
        assertThat(period.byMonth()).extracting(Share::code)
                .containsExactly("2023-12", "2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(period.byMonth()).extracting(Share::count).containsExactly(0L, 2L, 0L, 1L, 0L);
    }

    @Test
    void countersTakenAwayAreAsIfNeverAdded() {
        LocalDate january = LocalDate.of(2024, 1, 31);
        LocalDate march = LocalDate.of(2024, 3, 15);
        ReferralBreakdownCalculator less = new ReferralBreakdownCalculator()
                .addCounts(ReferralBreakdownCalculator.counts(on(january)))
                .addCounts(ReferralBreakdownCalculator.counts(on(march)))
                .subtractCounts(ReferralBreakdownCalculator.counts(on(january)));

        assertThat(less.result()).isEqualTo(new ReferralBreakdownCalculator().add(on(march)).result());
        assertThat(less.result().byMonth()).extracting(Share::code).containsExactly("2024-03");
    }

    @Test
    void aVeryLongPeriodListsOnlyTheMonthsBetweenTheFirstAndLastIntervention() {
        ReferralBreakdown result = new ReferralBreakdownCalculator().add(on(LocalDate.of(2024, 5, 5)))
                .result(LocalDate.of(1990, 1, 1), LocalDate.of(2099, 12, 31));
        assertThat(result.byMonth()).extracting(Share::code).containsExactly("2024-05");
        assertThat(new ReferralBreakdownCalculator().result().byMonth()).isEmpty();
    }

    @Test
    void sharesNameTheirWholeAndRoundHalfUpToOneDecimal() {
        InterventionFacts individualWithTwoReferrals = referred(referred(
                recorded(Tenure.HLM_OMH, InterventionMode.INDIVIDUAL, Set.of(TargetGroup.FAMILIES),
                        Set.of(AgeGroup.AGE_18_34)),
                ReferralSector.HEALTH_AND_SOCIAL_SERVICES, ReferralNeed.MENTAL_HEALTH, 1),
                ReferralSector.COMMUNITY_ORGANISATION, ReferralNeed.FOOD_AID, 2);
        InterventionFacts individualAlone = recorded(Tenure.OBNL, InterventionMode.INDIVIDUAL,
                Set.of(TargetGroup.SENIORS), Set.of(AgeGroup.AGE_65_PLUS));
        InterventionFacts collective = recorded(Tenure.COOP, InterventionMode.COLLECTIVE,
                Set.of(TargetGroup.ALL_TENANTS), Set.of());
        collective = collective.collectiveActionSupported(new CollectiveActionSupportedEvent(
                InterventionId.of(collective.id()), CollectiveSupportId.random(), CollectiveActionKind.GROUP_PROJECT,
                CollectiveSupportKind.FACILITATION, null, null), 1);

        ReferralBreakdown result = new ReferralBreakdownCalculator()
                .add(individualWithTwoReferrals).add(individualAlone).add(collective).result();

        assertThat(result.interventions()).isEqualTo(3);
        assertThat(share(result.byTenure(), "HLM_OMH").percent()).isEqualByComparingTo("33.3");
        assertThat(share(result.byTenure(), "OUTSIDE_HOUSING").count()).isZero();
        assertThat(result.youthAndFamilies().count()).isEqualTo(1);
        assertThat(result.under35().percent()).isEqualByComparingTo("33.3");
        assertThat(share(result.byMode(), "INDIVIDUAL").percent()).isEqualByComparingTo("66.7");
        assertThat(result.individualInterventions()).isEqualTo(2);
        assertThat(result.individualWithReferral().count()).isEqualTo(1);
        assertThat(result.individualWithReferral().percent()).isEqualByComparingTo("50.0");
        assertThat(result.referrals()).isEqualTo(2);
        SectorBreakdown health = result.referralsBySector().get(0);
        assertThat(health.code()).isEqualTo("HEALTH_AND_SOCIAL_SERVICES");
        assertThat(health.percent()).isEqualByComparingTo("50.0");
        assertThat(health.needs()).extracting(Share::code).containsExactly("MENTAL_HEALTH");
        assertThat(health.needs().get(0).percent()).isEqualByComparingTo("100.0");
        assertThat(result.collectiveInterventions()).isEqualTo(1);
        assertThat(share(result.collectiveByKind(), "GROUP_PROJECT").percent()).isEqualByComparingTo("100.0");
        assertThat(share(result.referralOutcomes(), "NOT_RECORDED").count()).isEqualTo(2);
    }

    @Test
    void anEmptySetGivesZerosWithEveryCategoryListed() {
        ReferralBreakdown result = new ReferralBreakdownCalculator().result();
        assertThat(result.interventions()).isZero();
        assertThat(result.byTenure()).hasSize(Tenure.values().length);
        assertThat(result.byTenure()).allSatisfy(s -> assertThat(s.percent()).isEqualTo(new BigDecimal("0.0")));
        assertThat(result.referralsBySector()).hasSize(ReferralSector.values().length);
    }

    @Test
    void cancelledInterventionsAreLeftOutAndCorrectionsApply() {
        InterventionFacts facts = recorded(Tenure.HLM_OMH, InterventionMode.INDIVIDUAL, Set.of(TargetGroup.YOUTH),
                Set.of(AgeGroup.UNDER_18));
        InterventionFacts corrected = facts.corrected(new InterventionCorrectedEvent(InterventionId.of(facts.id()),
                details(Tenure.COOP, InterventionMode.INDIVIDUAL, Set.of(TargetGroup.SENIORS), Set.of()), "Erreur"), 1);
        InterventionFacts cancelled = recorded(Tenure.OBNL, InterventionMode.INDIVIDUAL, Set.of(TargetGroup.YOUTH),
                Set.of()).cancelled(1);

        ReferralBreakdown result = new ReferralBreakdownCalculator().add(corrected).add(cancelled).result();

        assertThat(result.interventions()).isEqualTo(1);
        assertThat(share(result.byTenure(), "COOP").count()).isEqualTo(1);
        assertThat(share(result.byTenure(), "OBNL").count()).isZero();
        assertThat(result.youthAndFamilies().count()).isZero();
    }

    private static InterventionFacts collectiveWith(Integer participants, CollectiveActionKind... kinds) {
        InterventionDetails d = details(Tenure.HLM_OMH, InterventionMode.COLLECTIVE, Set.of(TargetGroup.ALL_TENANTS),
                Set.of());
        InterventionFacts facts = InterventionFacts.recorded(new InterventionRecordedEvent(InterventionId.random(),
                new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(), d.territory(),
                        d.housingOrganisation(), d.tenure(), d.mode(), d.targetGroups(), d.ageGroups(),
                        d.durationMinutes(), d.supportCategories(), null, null, null, participants)), 0);
        long sequence = 1;
        for (CollectiveActionKind kind : kinds) {
            facts = facts.collectiveActionSupported(new CollectiveActionSupportedEvent(InterventionId.of(facts.id()),
                    CollectiveSupportId.random(), kind, CollectiveSupportKind.FACILITATION, null, null), sequence++);
        }
        return facts;
    }

    @Test
    void sumsTheParticipantsOfCollectiveInterventionsOverallAndPerKindOfCollectiveAction() {
        InterventionFacts cafe = collectiveWith(12, CollectiveActionKind.GROUP_PROJECT);
        InterventionFacts committee = collectiveWith(5, CollectiveActionKind.COMMITTEE,
                CollectiveActionKind.TENANT_ASSOCIATION);
        InterventionFacts notCounted = collectiveWith(null, CollectiveActionKind.COMMITTEE);
        InterventionFacts cancelled = collectiveWith(40, CollectiveActionKind.GROUP_PROJECT).cancelled(9);

        ReferralBreakdown result = new ReferralBreakdownCalculator()
                .add(cafe).add(committee).add(notCounted).add(cancelled).result();

        assertThat(result.collectiveInterventions()).isEqualTo(3);
        assertThat(result.participants()).isEqualTo(17);
        assertThat(result.collectiveWithParticipants().count()).isEqualTo(2);
        assertThat(result.collectiveWithParticipants().percent()).isEqualByComparingTo("66.7");
        assertThat(share(result.participantsByKind(), "GROUP_PROJECT").count()).isEqualTo(12);
        assertThat(share(result.participantsByKind(), "COMMITTEE").count()).isEqualTo(5);
        assertThat(share(result.participantsByKind(), "TENANT_ASSOCIATION").count()).isEqualTo(5);
        assertThat(share(result.participantsByKind(), "OTHER").count()).isZero();
        assertThat(share(result.participantsByKind(), "GROUP_PROJECT").percent()).isEqualByComparingTo("70.6");
    }

    @Test
    void aCorrectionReplacesTheNumberOfParticipants() {
        InterventionFacts cafe = collectiveWith(12, CollectiveActionKind.GROUP_PROJECT);
        InterventionDetails d = details(Tenure.HLM_OMH, InterventionMode.COLLECTIVE, Set.of(TargetGroup.ALL_TENANTS),
                Set.of());
        InterventionFacts corrected = cafe.corrected(new InterventionCorrectedEvent(InterventionId.of(cafe.id()),
                new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(), d.territory(),
                        d.housingOrganisation(), d.tenure(), d.mode(), d.targetGroups(), d.ageGroups(),
                        d.durationMinutes(), d.supportCategories(), null, null, null, 21), "Recompte"), 5);

        ReferralBreakdown result = new ReferralBreakdownCalculator().add(corrected).result();

        assertThat(result.participants()).isEqualTo(21);
        assertThat(share(result.participantsByKind(), "GROUP_PROJECT").count()).isEqualTo(21);
    }

    @Test
    void theLatestOutcomeOfAReferralCounts() {
        InterventionFacts facts = recorded(Tenure.HLM_OMH, InterventionMode.INDIVIDUAL, Set.of(TargetGroup.YOUTH),
                Set.of());
        TenantReferredEvent referral = new TenantReferredEvent(InterventionId.of(facts.id()), ReferralId.random(),
                ReferralSector.MUNICIPAL, ReferralNeed.HOUSING, true, LocalDate.of(2024, 3, 1));
        facts = facts.referred(referral, 1)
                .outcomeRecorded(new ReferralOutcomeRecordedEvent(referral.interventionId(), referral.referralId(),
                        ReferralOutcome.WAITING, LocalDate.of(2024, 3, 2)), 2)
                .outcomeRecorded(new ReferralOutcomeRecordedEvent(referral.interventionId(), referral.referralId(),
                        ReferralOutcome.COMPLETED, LocalDate.of(2024, 3, 9)), 3);

        ReferralBreakdown result = new ReferralBreakdownCalculator().add(facts).result();

        assertThat(share(result.referralOutcomes(), "COMPLETED").count()).isEqualTo(1);
        assertThat(share(result.referralOutcomes(), "WAITING").count()).isZero();
    }

    @Test
    void theDetailsViewKeepsEveryEventInItsTimeline() {
        InterventionId id = InterventionId.random();
        InterventionDetails d = details(Tenure.HLM_OMH, InterventionMode.INDIVIDUAL, Set.of(TargetGroup.YOUTH),
                Set.of());
        Instant t0 = Instant.parse("2024-03-01T10:00:00Z");
        InterventionView view = InterventionView.recorded(new InterventionRecordedEvent(id, d),
                        new InterventionView.Origin(0, t0, "u1"))
                .cancelled(new InterventionCancelledEvent(id, "Doublon"),
                        new InterventionView.Origin(1, t0.plusSeconds(60), "u2"));

        assertThat(view.status()).isEqualTo(InterventionStatus.CANCELLED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.recordedAt()).isEqualTo(t0);
        assertThat(view.updatedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(view.timeline()).extracting(TimelineEntry::type, TimelineEntry::actor, TimelineEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("InterventionRecordedEvent", "u1", null),
                        org.assertj.core.groups.Tuple.tuple("InterventionCancelledEvent", "u2", "Doublon"));
    }

    private static Share share(List<Share> shares, String code) {
        return shares.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
