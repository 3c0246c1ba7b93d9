package qc.logbook.intervention.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.domain.WorkerScope;
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
import qc.logbook.practice.api.PracticeId;
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

class InterventionTest {

    private static final Instant NOW = Instant.parse("2024-03-15T15:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private final InterventionId id = InterventionId.random();
    private final ReferralId referral = ReferralId.random();
    private final CollectiveSupportId support = CollectiveSupportId.random();
    private FixtureConfiguration<Intervention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Intervention.class);
    }

    static InterventionDetails individual() {
        return new InterventionDetails(DAY, WorkerId.of("W-001"), WorkerRole.OUTREACH_WORKER,
                AdministrativeRegion.CHAUDIERE_APPALACHES, "LEVIS", "OMH de Lévis", Tenure.HLM_OMH,
                InterventionMode.INDIVIDUAL, Set.of(TargetGroup.FAMILIES), Set.of(AgeGroup.AGE_18_34), 45,
                Set.of(SupportCategory.INFORMATION_AND_REFERRAL), "Notes", TenantRef.of("T-123"));
    }

    static InterventionDetails collective() {
        return new InterventionDetails(DAY, WorkerId.of("W-001"), WorkerRole.HEALTH_NETWORK_PROFESSIONAL,
                AdministrativeRegion.CHAUDIERE_APPALACHES, "MONTMAGNY", "OMH de Montmagny", Tenure.HLM_OMH,
                InterventionMode.COLLECTIVE, Set.of(TargetGroup.ALL_TENANTS), Set.of(), 120,
                Set.of(SupportCategory.COLLECTIVE_LIFE), null, null);
    }

    private static InterventionDetails with(InterventionDetails d, LocalDate date, String territory, int duration,
                                            String notes, TenantRef tenant, InterventionMode mode) {
        return new InterventionDetails(date, d.worker(), d.workerRole(), d.region(), territory,
                d.housingOrganisation(), d.tenure(), mode, d.targetGroups(), d.ageGroups(), duration,
                d.supportCategories(), notes, tenant);
    }

    private ResultValidator<Intervention> recording(InterventionDetails details) {
        return fixture.givenNoPriorActivity().when(new RecordInterventionCommand(id, details, NOW));
    }

    private static void expectViolation(ResultValidator<Intervention> result, RuleViolation.Kind kind,
                                        String field, String rule) {
        result.expectNoEvents().expectException(new TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof RuleViolation v && v.kind() == kind && Objects.equals(v.field(), field)
                        && v.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rule violation on field " + field + " (" + rule + ")");
            }
        });
    }

    @Test
    void recordsAnIntervention() {
        recording(individual()).expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionRecordedEvent(id, individual()))
                .expectResultMessagePayload(id);
    }

    @Test
    void aRetriedRecordingWithTheSameDetailsRecordsNothingAndAnswersTheSameId() {
        fixture.given(new InterventionRecordedEvent(id, individual()))
                .when(new RecordInterventionCommand(id, individual(), NOW.plusSeconds(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(id);
    }

    @Test
    void aRetriedRecordingIsStillARetryAfterACorrection() {
        InterventionDetails corrected = with(individual(), DAY, "LEVIS", 60, "Notes", TenantRef.of("T-123"),
                InterventionMode.INDIVIDUAL);
        fixture.given(new InterventionRecordedEvent(id, individual()),
                        new InterventionCorrectedEvent(id, corrected, "Durée"))
                .when(new RecordInterventionCommand(id, individual(), NOW.plusSeconds(30)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(id);
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()),
                                new InterventionCorrectedEvent(id, corrected, "Durée"))
                        .when(new RecordInterventionCommand(id, corrected, NOW.plusSeconds(30))),
                RuleViolation.Kind.CONFLICT, "id", "intervention.id-taken");
    }

    @Test
    void theSameIdWithOtherDetailsIsAConflict() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new RecordInterventionCommand(id, collective(), NOW)),
                RuleViolation.Kind.CONFLICT, "id", "intervention.id-taken");
    }

    @Test
    void refusesADateInTheFuture() {
        expectViolation(recording(with(individual(), LocalDate.of(2024, 3, 16), "LEVIS", 45, null, null,
                InterventionMode.INDIVIDUAL)), RuleViolation.Kind.INVALID, "date", "date.in-future");
    }

    @Test
    void acceptsTodayEvenLateInTheEveningInQuebec() {
        // 23:30 in Montréal on March 15 is already March 16 in UTC.
        fixture.givenNoPriorActivity()
                .when(new RecordInterventionCommand(id, with(individual(), LocalDate.of(2024, 3, 15), "LEVIS", 45,
                        null, null, InterventionMode.INDIVIDUAL), Instant.parse("2024-03-16T03:30:00Z")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesADateBefore2000() {
        expectViolation(recording(with(individual(), LocalDate.of(1999, 12, 31), "LEVIS", 45, null, null,
                InterventionMode.INDIVIDUAL)), RuleViolation.Kind.INVALID, "date", "date.too-early");
    }

    @Test
    void refusesADurationOutOfBounds() {
        expectViolation(recording(with(individual(), DAY, "LEVIS", 0, null, null, InterventionMode.INDIVIDUAL)),
                RuleViolation.Kind.INVALID, "durationMinutes", "duration.out-of-range");
        setUp();
        expectViolation(recording(with(individual(), DAY, "LEVIS", 721, null, null, InterventionMode.INDIVIDUAL)),
                RuleViolation.Kind.INVALID, "durationMinutes", "duration.out-of-range");
    }

    @Test
    void acceptsTheDurationBounds() {
        recording(with(individual(), DAY, "LEVIS", 720, null, null, InterventionMode.INDIVIDUAL))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnUnknownTerritoryOrOneOutsideTheRegion() {
        expectViolation(recording(with(individual(), DAY, "ATLANTIS", 45, null, null, InterventionMode.INDIVIDUAL)),
                RuleViolation.Kind.INVALID, "territory", "territory.unknown");
        setUp();
        InterventionDetails d = individual();
        InterventionDetails elsewhere = new InterventionDetails(d.date(), d.worker(), d.workerRole(),
                AdministrativeRegion.MONTREAL, "LEVIS", d.housingOrganisation(), d.tenure(), d.mode(),
                d.targetGroups(), d.ageGroups(), d.durationMinutes(), d.supportCategories(), null, null);
        expectViolation(recording(elsewhere), RuleViolation.Kind.INVALID, "territory", "territory.outside-region");
    }

    @Test
    void countsNoteLengthInCharactersAsAPersonDoes() {
        recording(with(individual(), DAY, "LEVIS", 45, "é".repeat(2000), null, InterventionMode.INDIVIDUAL))
                .expectSuccessfulHandlerExecution();
        setUp();
        expectViolation(recording(with(individual(), DAY, "LEVIS", 45, "é".repeat(2001), null,
                InterventionMode.INDIVIDUAL)), RuleViolation.Kind.INVALID, "notes", "text.too-long");
        setUp();
        // 2000 emoji are 4000 UTF-16 units but 2000 characters.
        recording(with(individual(), DAY, "LEVIS", 45, "🏠".repeat(2000), null, InterventionMode.INDIVIDUAL))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesATenantReferenceOnACollectiveIntervention() {
        expectViolation(recording(with(collective(), DAY, "MONTMAGNY", 60, null, TenantRef.of("T-1"),
                InterventionMode.COLLECTIVE)), RuleViolation.Kind.INVALID, "tenantRef", "tenant.individual-only");
    }

    @Test
    void refusesAnInterventionWithoutTargetGroupOrCategory() {
        InterventionDetails d = individual();
        expectViolation(recording(new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(),
                        d.territory(), d.housingOrganisation(), d.tenure(), d.mode(), Set.of(), d.ageGroups(),
                        d.durationMinutes(), d.supportCategories(), null, null)),
                RuleViolation.Kind.INVALID, "targetGroups", "target-groups.required");
        setUp();
        expectViolation(recording(new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(),
                        d.territory(), d.housingOrganisation(), d.tenure(), d.mode(), d.targetGroups(), d.ageGroups(),
                        d.durationMinutes(), Set.of(), null, null)),
                RuleViolation.Kind.INVALID, "supportCategories", "support-categories.required");
    }

    @Test
    void housingOrganisationIsOptionalOnlyOutsideSocialHousing() {
        InterventionDetails d = individual();
        expectViolation(recording(new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(),
                        d.territory(), " ", Tenure.COOP, d.mode(), d.targetGroups(), d.ageGroups(),
                        d.durationMinutes(), d.supportCategories(), null, null)),
                RuleViolation.Kind.INVALID, "housingOrganisation", "text.required");
        setUp();
        recording(new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(), d.territory(), null,
                Tenure.OUTSIDE_HOUSING, d.mode(), d.targetGroups(), d.ageGroups(), d.durationMinutes(),
                d.supportCategories(), null, null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void refersTheTenantOfAnIndividualIntervention() {
        fixture.given(new InterventionRecordedEvent(id, individual()))
                .when(new ReferTenantCommand(id, referral, ReferralSector.HEALTH_AND_SOCIAL_SERVICES,
                        ReferralNeed.MENTAL_HEALTH, true, null, NOW))
                .expectEvents(new TenantReferredEvent(id, referral, ReferralSector.HEALTH_AND_SOCIAL_SERVICES,
                        ReferralNeed.MENTAL_HEALTH, true, DAY));
    }

    @Test
    void refusesAReferralFromACollectiveIntervention() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, collective()))
                        .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                false, null, NOW)),
                RuleViolation.Kind.CONFLICT, null, "referral.individual-only");
    }

    @Test
    void refusesAReferralFromACancelledIntervention() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()),
                                new InterventionCancelledEvent(id, "Doublon"))
                        .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                false, null, NOW)),
                RuleViolation.Kind.CONFLICT, null, "intervention.cancelled");
    }

    @Test
    void refusesAReferralDatedBeforeTheIntervention() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                false, DAY.minusDays(1), NOW)),
                RuleViolation.Kind.INVALID, "referredOn", "date.too-early");
    }

    @Test
    void aRetriedReferralIsANoOpButAReusedReferralIdIsAConflict() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.MUNICIPAL,
                ReferralNeed.HOUSING, false, DAY);
        fixture.given(new InterventionRecordedEvent(id, individual()), referred)
                .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING, false,
                        null, NOW))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()), referred)
                        .when(new ReferTenantCommand(id, referral, ReferralSector.OTHER, ReferralNeed.HOUSING, false,
                                null, NOW)),
                RuleViolation.Kind.CONFLICT, "referralId", "referral.id-taken");
    }

    @Test
    void aReferralRetriedWithoutItsDateAfterTheDateWasCorrectedIsStillANoOp() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.MUNICIPAL,
                ReferralNeed.HOUSING, false, DAY);
        InterventionDetails earlier = with(individual(), DAY.minusDays(2), "LEVIS", 45, "Notes", TenantRef.of("T-123"),
                InterventionMode.INDIVIDUAL);
        fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                        new InterventionCorrectedEvent(id, earlier, "Date"))
                .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING, false,
                        null, NOW))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                                new InterventionCorrectedEvent(id, earlier, "Date"))
                        .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                false, DAY.minusDays(1), NOW)),
                RuleViolation.Kind.CONFLICT, "referralId", "referral.id-taken");
    }

    @Test
    void recordsAReferralOutcomeLaterAndIgnoresTheSameOutcomeTwice() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.COMMUNITY_ORGANISATION,
                ReferralNeed.FOOD_AID, false, DAY);
        fixture.given(new InterventionRecordedEvent(id, individual()), referred)
                .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.WAITING, null, NOW))
                .expectEvents(new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING,
                        LocalDate.of(2024, 3, 15)));
        setUp();
        fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                        new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING, DAY))
                .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.WAITING, null, NOW))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        setUp();
        fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                        new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING, DAY))
                .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.COMPLETED, DAY.plusDays(5), NOW))
                .expectEvents(new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.COMPLETED,
                        DAY.plusDays(5)));
    }

    @Test
    void validatesARepeatedOutcomeAsAnyOther() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.COMMUNITY_ORGANISATION,
                ReferralNeed.FOOD_AID, false, DAY);
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                                new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING, DAY))
                        .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.WAITING,
                                LocalDate.of(9999, 12, 31), NOW)),
                RuleViolation.Kind.INVALID, "observedOn", "date.in-future");
    }

    @Test
    void recordsTheSameOutcomeObservedOnAnotherDateAsANewOutcome() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.COMMUNITY_ORGANISATION,
                ReferralNeed.FOOD_AID, false, DAY);
        fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                        new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING, DAY))
                .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.WAITING, DAY.plusDays(3), NOW))
                .expectEvents(new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING,
                        DAY.plusDays(3)));
        setUp();
        fixture.given(new InterventionRecordedEvent(id, individual()), referred,
                        new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.WAITING, DAY))
                .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.WAITING, DAY, NOW))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesAnOutcomeForAnUnknownReferral() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new RecordReferralOutcomeCommand(id, referral, ReferralOutcome.COMPLETED, null, NOW)),
                RuleViolation.Kind.NOT_FOUND, "referralId", "referral.unknown");
    }

    @Test
    void supportsACollectiveActionOnlyFromACollectiveIntervention() {
        fixture.given(new InterventionRecordedEvent(id, collective()))
                .when(new SupportCollectiveActionCommand(id, support, CollectiveActionKind.TENANT_ASSOCIATION,
                        CollectiveSupportKind.GOVERNANCE_SUPPORT, "  ADL du Parc  ", null))
                .expectEvents(new CollectiveActionSupportedEvent(id, support, CollectiveActionKind.TENANT_ASSOCIATION,
                        CollectiveSupportKind.GOVERNANCE_SUPPORT, "ADL du Parc", null));
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new SupportCollectiveActionCommand(id, support, CollectiveActionKind.GROUP_PROJECT,
                                CollectiveSupportKind.FACILITATION, null, null)),
                RuleViolation.Kind.CONFLICT, null, "collective-support.collective-only");
    }

    @Test
    void aCollectiveSupportNamesThePracticeItApplies() {
        PracticeId practice = PracticeId.random();
        fixture.given(new InterventionRecordedEvent(id, collective()))
                .when(new SupportCollectiveActionCommand(id, support, CollectiveActionKind.GROUP_PROJECT,
                        CollectiveSupportKind.FACILITATION, "Jardin du 5e", practice))
                .expectEvents(new CollectiveActionSupportedEvent(id, support, CollectiveActionKind.GROUP_PROJECT,
                        CollectiveSupportKind.FACILITATION, "Jardin du 5e", practice));
        // the same support sent again is a retry; naming another practice under its id is a conflict
        setUp();
        CollectiveActionSupportedEvent recorded = new CollectiveActionSupportedEvent(id, support,
                CollectiveActionKind.GROUP_PROJECT, CollectiveSupportKind.FACILITATION, "Jardin du 5e", practice);
        fixture.given(new InterventionRecordedEvent(id, collective()), recorded)
                .when(new SupportCollectiveActionCommand(id, support, CollectiveActionKind.GROUP_PROJECT,
                        CollectiveSupportKind.FACILITATION, "Jardin du 5e", practice))
                .expectNoEvents();
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, collective()), recorded)
                        .when(new SupportCollectiveActionCommand(id, support, CollectiveActionKind.GROUP_PROJECT,
                                CollectiveSupportKind.FACILITATION, "Jardin du 5e", PracticeId.random())),
                RuleViolation.Kind.CONFLICT, "supportId", "collective-support.id-taken");
    }

    @Test
    void correctsWithAReasonAndRefusesAnEmptyOrUselessCorrection() {
        InterventionDetails corrected = with(individual(), DAY, "BELLECHASSE", 60, null, null,
                InterventionMode.INDIVIDUAL);
        fixture.given(new InterventionRecordedEvent(id, individual()))
                .when(new CorrectInterventionCommand(id, corrected, "  Mauvais territoire  ", NOW))
                .expectEvents(new InterventionCorrectedEvent(id, corrected, "Mauvais territoire"));
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new CorrectInterventionCommand(id, corrected, " ", NOW)),
                RuleViolation.Kind.INVALID, "reason", "text.required");
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new CorrectInterventionCommand(id, individual(), "Rien", NOW)),
                RuleViolation.Kind.INVALID, null, "correction.unchanged");
    }

    @Test
    void aCorrectionCannotMakeAnInterventionWithReferralsCollective() {
        InterventionDetails asCollective = with(collective(), DAY, "LEVIS", 45, null, null,
                InterventionMode.COLLECTIVE);
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()),
                                new TenantReferredEvent(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                        false, DAY))
                        .when(new CorrectInterventionCommand(id, asCollective, "Mode", NOW)),
                RuleViolation.Kind.CONFLICT, "mode", "correction.mode-has-referrals");
    }

    @Test
    void aCorrectionCannotMoveTheDateAfterTheInterventionsReferrals() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.MUNICIPAL,
                ReferralNeed.HOUSING, false, DAY.plusDays(2));
        InterventionDetails later = with(individual(), DAY.plusDays(3), "LEVIS", 45, "Notes", TenantRef.of("T-123"),
                InterventionMode.INDIVIDUAL);
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()), referred)
                        .when(new CorrectInterventionCommand(id, later, "Date", NOW)),
                RuleViolation.Kind.CONFLICT, "date", "correction.date-after-referrals");
    }

    @Test
    void aCorrectionMayMoveTheDateUpToItsEarliestReferralOrEarlier() {
        TenantReferredEvent referred = new TenantReferredEvent(id, referral, ReferralSector.MUNICIPAL,
                ReferralNeed.HOUSING, false, DAY.plusDays(2));
        InterventionDetails sameDay = with(individual(), DAY.plusDays(2), "LEVIS", 45, "Notes", TenantRef.of("T-123"),
                InterventionMode.INDIVIDUAL);
        fixture.given(new InterventionRecordedEvent(id, individual()), referred)
                .when(new CorrectInterventionCommand(id, sameDay, "Date", NOW))
                .expectEvents(new InterventionCorrectedEvent(id, sameDay, "Date"));
        setUp();
        InterventionDetails earlier = with(individual(), DAY.minusDays(4), "LEVIS", 45, "Notes",
                TenantRef.of("T-123"), InterventionMode.INDIVIDUAL);
        fixture.given(new InterventionRecordedEvent(id, individual()), referred)
                .when(new CorrectInterventionCommand(id, earlier, "Date", NOW))
                .expectEvents(new InterventionCorrectedEvent(id, earlier, "Date"));
    }

    @Test
    void aCorrectionCannotMoveTheDateAfterAReferralOutcome() {
        InterventionDetails afterOutcome = with(individual(), DAY.plusDays(6), "LEVIS", 45, "Notes",
                TenantRef.of("T-123"), InterventionMode.INDIVIDUAL);
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()),
                                new TenantReferredEvent(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                        false, DAY),
                                new ReferralOutcomeRecordedEvent(id, referral, ReferralOutcome.COMPLETED,
                                        DAY.plusDays(5)))
                        .when(new CorrectInterventionCommand(id, afterOutcome, "Date", NOW)),
                RuleViolation.Kind.CONFLICT, "date", "correction.date-after-referrals");
    }

    private static InterventionDetails withParticipants(InterventionDetails d, Integer participants) {
        return new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(), d.territory(),
                d.housingOrganisation(), d.tenure(), d.mode(), d.targetGroups(), d.ageGroups(), d.durationMinutes(),
                d.supportCategories(), d.notes(), d.tenant(), d.followUpPlanned(), participants);
    }

    @Test
    void recordsHowManyPeopleTookPartInACollectiveIntervention() {
        InterventionDetails cafe = withParticipants(collective(), 14);
        recording(cafe).expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionRecordedEvent(id, cafe));
    }

    @Test
    void refusesANumberOfParticipantsOnAnIndividualIntervention() {
        expectViolation(recording(withParticipants(individual(), 1)),
                RuleViolation.Kind.INVALID, "participants", "participants.collective-only");
    }

    @Test
    void refusesANumberOfParticipantsOutOfBoundsAndAcceptsTheBounds() {
        for (int outside : new int[] {0, -3, Intervention.MAX_PARTICIPANTS + 1}) {
            setUp();
            expectViolation(recording(withParticipants(collective(), outside)),
                    RuleViolation.Kind.INVALID, "participants", "participants.out-of-range");
        }
        for (int bound : new int[] {Intervention.MIN_PARTICIPANTS, Intervention.MAX_PARTICIPANTS}) {
            setUp();
            recording(withParticipants(collective(), bound)).expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void aCorrectionHoldsTheParticipantsRulesToo() {
        InterventionDetails counted = withParticipants(collective(), 8);
        fixture.given(new InterventionRecordedEvent(id, collective()))
                .when(new CorrectInterventionCommand(id, counted, "Oubli du nombre", NOW))
                .expectEvents(new InterventionCorrectedEvent(id, counted, "Oubli du nombre"));
        setUp();
        InterventionDetails asIndividual = withParticipants(with(collective(), DAY, "MONTMAGNY", 120, null, null,
                InterventionMode.INDIVIDUAL), 8);
        expectViolation(fixture.given(new InterventionRecordedEvent(id, counted))
                        .when(new CorrectInterventionCommand(id, asIndividual, "Mode", NOW)),
                RuleViolation.Kind.INVALID, "participants", "participants.collective-only");
    }

    @Test
    void cancelsOnceWithAReason() {
        fixture.given(new InterventionRecordedEvent(id, individual()))
                .when(new CancelInterventionCommand(id, "Inscrite par erreur"))
                .expectEvents(new InterventionCancelledEvent(id, "Inscrite par erreur"));
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new CancelInterventionCommand(id, null)),
                RuleViolation.Kind.INVALID, "reason", "text.required");
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()),
                                new InterventionCancelledEvent(id, "Doublon"))
                        .when(new CancelInterventionCommand(id, "Encore")),
                RuleViolation.Kind.CONFLICT, null, "intervention.already-cancelled");
    }

    @Test
    void aCancelledInterventionCannotBeCorrected() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()),
                                new InterventionCancelledEvent(id, "Doublon"))
                        .when(new CorrectInterventionCommand(id, collective(), "Correction", NOW)),
                RuleViolation.Kind.CONFLICT, null, "intervention.cancelled");
    }

    @Test
    void aUserRecordsOnlyInTheirOwnTerritories() {
        expectViolation(fixture.givenNoPriorActivity()
                        .when(new RecordInterventionCommand(id, individual(), NOW),
                                java.util.Map.of(TerritoryScope.METADATA_KEY, "BELLECHASSE,MONTMAGNY")),
                RuleViolation.Kind.FORBIDDEN, "territory", "territory.out-of-scope");
        setUp();
        fixture.givenNoPriorActivity()
                .when(new RecordInterventionCommand(id, individual(), NOW),
                        java.util.Map.of(TerritoryScope.METADATA_KEY, "BELLECHASSE,LEVIS"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aUserCannotReferOrCancelAnInterventionOfAnotherTerritory() {
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new ReferTenantCommand(id, referral, ReferralSector.MUNICIPAL, ReferralNeed.HOUSING,
                                false, null, NOW), java.util.Map.of(TerritoryScope.METADATA_KEY, "MONTMAGNY")),
                RuleViolation.Kind.FORBIDDEN, null, "territory.out-of-scope");
        setUp();
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new CancelInterventionCommand(id, "Doublon"),
                                java.util.Map.of(TerritoryScope.METADATA_KEY, "MONTMAGNY")),
                RuleViolation.Kind.FORBIDDEN, null, "territory.out-of-scope");
    }

    @Test
    void aCorrectionCannotMoveAnInterventionOutOfTheUsersTerritories() {
        InterventionDetails moved = with(individual(), DAY, "BELLECHASSE", 45, null, null,
                InterventionMode.INDIVIDUAL);
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new CorrectInterventionCommand(id, moved, "Territoire", NOW),
                                java.util.Map.of(TerritoryScope.METADATA_KEY, "LEVIS")),
                RuleViolation.Kind.FORBIDDEN, "territory", "territory.out-of-scope");
    }

    @Test
    void aUserRecordsOnlyForTheWorkersTheyMayRecordFor() {
        expectViolation(fixture.givenNoPriorActivity()
                        .when(new RecordInterventionCommand(id, individual(), NOW),
                                java.util.Map.of(WorkerScope.METADATA_KEY, "W-002")),
                RuleViolation.Kind.FORBIDDEN, "workerId", "worker.not-self");
        setUp();
        fixture.givenNoPriorActivity()
                .when(new RecordInterventionCommand(id, individual(), NOW),
                        java.util.Map.of(WorkerScope.METADATA_KEY, "W-COORD,W-001"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCorrectionKeepsTheRecordedWorkerOrNamesOneTheUserMayRecordFor() {
        InterventionDetails d = individual();
        InterventionDetails otherWorker = new InterventionDetails(d.date(), WorkerId.of("W-002"), d.workerRole(),
                d.region(), d.territory(), d.housingOrganisation(), d.tenure(), d.mode(), d.targetGroups(),
                d.ageGroups(), d.durationMinutes(), d.supportCategories(), d.notes(), d.tenant());
        expectViolation(fixture.given(new InterventionRecordedEvent(id, individual()))
                        .when(new CorrectInterventionCommand(id, otherWorker, "Autre intervenant", NOW),
                                java.util.Map.of(WorkerScope.METADATA_KEY, "W-COORD")),
                RuleViolation.Kind.FORBIDDEN, "workerId", "worker.not-self");
        setUp();
        fixture.given(new InterventionRecordedEvent(id, individual()))
                .when(new CorrectInterventionCommand(id, with(individual(), DAY, "LEVIS", 50, null, null,
                        InterventionMode.INDIVIDUAL), "Durée", NOW), java.util.Map.of(WorkerScope.METADATA_KEY,
                        "W-COORD"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void detailsKeepTheirSetsInAStableOrder() {
        InterventionDetails d = individual();
        InterventionDetails many = new InterventionDetails(d.date(), d.worker(), d.workerRole(), d.region(),
                d.territory(), d.housingOrganisation(), d.tenure(), d.mode(),
                Set.of(TargetGroup.SENIORS, TargetGroup.YOUTH, TargetGroup.FAMILIES), d.ageGroups(),
                d.durationMinutes(), d.supportCategories(), null, null);
        assertThat(many.targetGroups()).containsExactly(TargetGroup.YOUTH, TargetGroup.FAMILIES, TargetGroup.SENIORS);
        assertThat(many.reachesYouthOrFamilies()).isTrue();
        assertThat(many.reachesUnder35()).isTrue();
    }
}
