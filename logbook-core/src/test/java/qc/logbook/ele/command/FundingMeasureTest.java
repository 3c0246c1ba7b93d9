package qc.logbook.ele.command;

import static qc.logbook.ele.command.Violations.conflict;
import static qc.logbook.ele.command.Violations.forbidden;
import static qc.logbook.ele.command.Violations.invalid;
import static qc.logbook.ele.command.Violations.notFound;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.TerritoryScope;
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
import qc.logbook.ele.api.Participants;
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;
import qc.logbook.ele.api.ReviseProjectCommand;
import qc.logbook.ele.api.SubmitProjectCommand;

class FundingMeasureTest {

    private static final FundingMeasureId MEASURE = FundingMeasureId.of("0f0f0f0f-2013-4016-8000-000000000001");
    private static final FundingPeriod PERIOD = new FundingPeriod(2013, 2016);
    private static final String NAME = "Mesure de soutien aux plans d'action des ÉLÉ";
    /** An envelope of 20 000 $: small enough for the envelope rules to bite. */
    private static final Money ENVELOPE = Money.ofDollars(20_000);
    private static final FundingMeasureDefinedEvent DEFINED =
            new FundingMeasureDefinedEvent(MEASURE, NAME, PERIOD, ENVELOPE);

    private static final LocalTeamId LEVIS_TEAM = LocalTeamId.of("6f1c1d2e-1111-4a4a-9b9b-000000000008");
    private static final ProjectId COUPONING = ProjectId.of("7a7a7a7a-0000-4000-8000-000000000007");
    private static final ProjectId NEIGHBOURS = ProjectId.of("7a7a7a7a-0000-4000-8000-000000000008");
    /** The seed's "Groupes de couponnage", Lévis: 3 625 $ of 7 905 $, 22 persons, documented by researchers. */
    private static final ProjectDetails COUPONING_DETAILS = new ProjectDetails("Groupes de couponnage",
            List.of("LEVIS"), "Groupes de couponnage pour des femmes souvent monoparentales et isolées socialement.",
            Participants.persons(22),
            List.of("Des alliances et de l'entraide se sont développées entre les femmes.",
                    "L'idée d'un groupe de soutien pour des familles démunies en deuil a émergé."),
            Money.ofDollars(7_905), true);
    /** The seed's "Entre voisins, pourquoi pas des liens!", Lévis: 6 875 $ of 30 044 $, 1 354 participations. */
    private static final ProjectDetails NEIGHBOURS_DETAILS = new ProjectDetails(
            "Entre voisins, pourquoi pas des liens!", List.of("LEVIS"), null, Participants.participations(1354),
            List.of("Développement d'un réseau d'entraide et d'amitié."), Money.ofDollars(30_044), false);

    private static final ProjectSubmittedEvent COUPONING_SUBMITTED =
            new ProjectSubmittedEvent(MEASURE, COUPONING, LEVIS_TEAM, COUPONING_DETAILS);
    private static final ProjectSupportGrantedEvent COUPONING_GRANTED =
            new ProjectSupportGrantedEvent(MEASURE, COUPONING, Money.ofDollars(3_625));
    private static final ProjectCompletedEvent COUPONING_COMPLETED = new ProjectCompletedEvent(MEASURE, COUPONING);

    private FixtureConfiguration<FundingMeasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingMeasure.class);
    }

    @Nested
    class Definition {

        @Test
        void definesAMeasureWithItsEnvelope() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, ENVELOPE))
                    .expectResultMessagePayload(MEASURE)
                    .expectEvents(DEFINED);
        }

        @Test
        void answersARetriedDefinitionWithoutNewEvents() {
            fixture.given(DEFINED)
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, ENVELOPE))
                    .expectResultMessagePayload(MEASURE)
                    .expectNoEvents();
        }

        @Test
        void answersARetriedDefinitionAsARetryEvenAfterTheEnvelopeChanged() {
            fixture.given(DEFINED, new FundingEnvelopeChangedEvent(MEASURE, Money.ofDollars(25_000), "Ajout"))
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, ENVELOPE))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(MEASURE)
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherMeasureUnderATakenId() {
            fixture.given(DEFINED)
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, Money.ofDollars(1)))
                    .expectException(conflict("funding-measure.id-taken", "id"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAPeriodEndingBeforeItStarts() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, new FundingPeriod(2016, 2013), ENVELOPE))
                    .expectException(invalid("funding-measure.period-invalid", "period"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnEmptyEnvelope() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, Money.ZERO))
                    .expectException(invalid("amount.not-positive", "envelope"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAMissingName() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingMeasureCommand(MEASURE, null, PERIOD, ENVELOPE))
                    .expectException(invalid("text.required", "name"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Envelope {

        @Test
        void changesTheEnvelopeForAReason() {
            fixture.given(DEFINED)
                    .when(new ChangeFundingEnvelopeCommand(MEASURE, Money.ofDollars(45_000), " Ajout du CISSS "))
                    .expectEvents(new FundingEnvelopeChangedEvent(MEASURE, Money.ofDollars(45_000), "Ajout du CISSS"));
        }

        @Test
        void rejectsAChangeWithoutReason() {
            fixture.given(DEFINED)
                    .when(new ChangeFundingEnvelopeCommand(MEASURE, Money.ofDollars(45_000), ""))
                    .expectException(invalid("text.required", "reason"))
                    .expectNoEvents();
        }

        @Test
        void neverShrinksTheEnvelopeBelowTheSupportGranted() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new ChangeFundingEnvelopeCommand(MEASURE, Money.ofCents(362_499), "Compressions"))
                    .expectException(conflict("funding-measure.envelope-below-granted", "envelope"))
                    .expectNoEvents();
        }

        @Test
        void mayShrinkTheEnvelopeDownToTheSupportGranted() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new ChangeFundingEnvelopeCommand(MEASURE, Money.ofDollars(3_625), "Compressions"))
                    .expectEvents(new FundingEnvelopeChangedEvent(MEASURE, Money.ofDollars(3_625), "Compressions"));
        }
    }

    @Nested
    class Submission {

        @Test
        void acceptsAProjectFromALocalTeam() {
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, COUPONING_DETAILS))
                    .expectEvents(COUPONING_SUBMITTED);
        }

        @Test
        void acceptsAProjectSharedByTwoTerritories() {
            ProjectDetails conferences = new ProjectDetails(
                    "Conférences sur les deuils et sur les pertes, sur les préjugés, et sur la participation citoyenne",
                    List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"), null, Participants.persons(250), List.of(),
                    Money.ofDollars(5_925), false);
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, NEIGHBOURS, LEVIS_TEAM, conferences))
                    .expectEvents(new ProjectSubmittedEvent(MEASURE, NEIGHBOURS, LEVIS_TEAM, conferences));
        }

        @Test
        void answersARetriedSubmissionWithoutNewEvents() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, COUPONING_DETAILS))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherProjectUnderATakenId() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, NEIGHBOURS_DETAILS))
                    .expectException(conflict("project.id-taken", "id"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAProjectWithoutLocalTeam() {
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, null, COUPONING_DETAILS))
                    .expectException(invalid("required", "localTeamId"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAProjectWithoutTerritory() {
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, withTerritories(List.of())))
                    .expectException(invalid("project.territories-required", "territories"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnUnknownTerritoryAndNamesItsPosition() {
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM,
                            withTerritories(List.of("LEVIS", "GOTHAM"))))
                    .expectException(invalid("territory.unknown", "territories[1]"))
                    .expectNoEvents();
        }

        @Test
        void rejectsANegativeCountOfParticipations() {
            ProjectDetails details = new ProjectDetails("Titre", List.of("LEVIS"), null, new Participants(null, -3),
                    List.of(), Money.ofDollars(100), false);
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, details))
                    .expectException(invalid("count.out-of-range", "participants.participations"))
                    .expectNoEvents();
        }

        @Test
        void rejectsABlankOutcome() {
            ProjectDetails details = new ProjectDetails("Titre", List.of("LEVIS"), null, Participants.UNKNOWN,
                    List.of("Un comité de locataires a été formé.", ""), Money.ofDollars(100), false);
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, details))
                    .expectException(invalid("text.required", "outcomes[1]"))
                    .expectNoEvents();
        }

        @Test
        void rejectsAProjectWithoutTotalCost() {
            ProjectDetails details = new ProjectDetails("Titre", List.of("LEVIS"), null, Participants.UNKNOWN,
                    List.of(), null, false);
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, details))
                    .expectException(invalid("required", "totalCost"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Support {

        @Test
        void grantsSupportWithinTheTotalCostAndTheEnvelope() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(3_625)))
                    .expectEvents(COUPONING_GRANTED);
        }

        @Test
        void grantsTheWholeTotalCostAtMost() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofCents(790_501)))
                    .expectException(conflict("project.support-exceeds-total-cost", "support"))
                    .expectNoEvents();
        }

        @Test
        void grantsExactlyTheTotalCost() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(7_905)))
                    .expectEvents(new ProjectSupportGrantedEvent(MEASURE, COUPONING, Money.ofDollars(7_905)));
        }

        @Test
        void neverGrantsMoreThanRemainsOfTheEnvelope() {
            // 20 000 $ − 3 625 $ = 16 375 $ remain; the neighbours' project asks one cent more.
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED,
                            new ProjectSubmittedEvent(MEASURE, NEIGHBOURS, LEVIS_TEAM, NEIGHBOURS_DETAILS))
                    .when(new GrantProjectSupportCommand(MEASURE, NEIGHBOURS, Money.ofCents(1_637_501)))
                    .expectException(conflict("funding-measure.envelope-exceeded", "support"))
                    .expectNoEvents();
        }

        @Test
        void grantsExactlyWhatRemainsOfTheEnvelope() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED,
                            new ProjectSubmittedEvent(MEASURE, NEIGHBOURS, LEVIS_TEAM, NEIGHBOURS_DETAILS))
                    .when(new GrantProjectSupportCommand(MEASURE, NEIGHBOURS, Money.ofDollars(16_375)))
                    .expectEvents(new ProjectSupportGrantedEvent(MEASURE, NEIGHBOURS, Money.ofDollars(16_375)));
        }

        @Test
        void countsOnlyTheIncreaseWhenAGrantChanges() {
            // With an envelope of 7 905 $ of which the project holds 3 625 $, raising it to 7 905 $ needs the
            // 4 280 $ that remain: only the increase counts against the envelope.
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED,
                            new FundingEnvelopeChangedEvent(MEASURE, Money.ofDollars(7_905), "Révision"))
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(7_905)))
                    .expectEvents(new ProjectSupportGrantedEvent(MEASURE, COUPONING, Money.ofDollars(7_905)));
        }

        @Test
        void answersARetriedGrantWithoutNewEvents() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(3_625)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsZeroSupport() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ZERO))
                    .expectException(invalid("amount.not-positive", "support"))
                    .expectNoEvents();
        }

        @Test
        void rejectsSupportToAnUnknownProject() {
            fixture.given(DEFINED)
                    .when(new GrantProjectSupportCommand(MEASURE, NEIGHBOURS, Money.ofDollars(1)))
                    .expectException(notFound("project.unknown", "projectId"))
                    .expectNoEvents();
        }

        @Test
        void returnsTheSupportOfACancelledProjectToTheEnvelope() {
            fixture.given(DEFINED, COUPONING_SUBMITTED,
                            new ProjectSupportGrantedEvent(MEASURE, COUPONING, Money.ofDollars(7_905)),
                            new ProjectCancelledEvent(MEASURE, COUPONING, "Animatrice partie"),
                            new ProjectSubmittedEvent(MEASURE, NEIGHBOURS, LEVIS_TEAM, NEIGHBOURS_DETAILS))
                    .when(new GrantProjectSupportCommand(MEASURE, NEIGHBOURS, Money.ofDollars(20_000)))
                    .expectEvents(new ProjectSupportGrantedEvent(MEASURE, NEIGHBOURS, Money.ofDollars(20_000)));
        }

        @Test
        void refusesSupportToACancelledProject() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, new ProjectCancelledEvent(MEASURE, COUPONING, "Abandon"))
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(1)))
                    .expectException(conflict("project.cancelled", null))
                    .expectNoEvents();
        }
    }

    @Nested
    class Revision {

        @Test
        void revisesAProjectUnderWay() {
            ProjectDetails revised = withParticipants(Participants.persons(24));
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new ReviseProjectCommand(MEASURE, COUPONING, revised))
                    .expectEvents(new ProjectRevisedEvent(MEASURE, COUPONING, revised));
        }

        @Test
        void ignoresARevisionThatChangesNothing() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new ReviseProjectCommand(MEASURE, COUPONING, COUPONING_DETAILS))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void neverLowersTheTotalCostBelowTheSupportGranted() {
            ProjectDetails cheaper = new ProjectDetails(COUPONING_DETAILS.title(), COUPONING_DETAILS.territories(),
                    COUPONING_DETAILS.description(), COUPONING_DETAILS.participants(), COUPONING_DETAILS.outcomes(),
                    Money.ofDollars(3_000), true);
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new ReviseProjectCommand(MEASURE, COUPONING, cheaper))
                    .expectException(conflict("project.support-exceeds-total-cost", "totalCost"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Completion {

        @Test
        void completesAFundedProject() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new CompleteProjectCommand(MEASURE, COUPONING))
                    .expectEvents(COUPONING_COMPLETED);
        }

        @Test
        void completesOnlyAFundedProject() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new CompleteProjectCommand(MEASURE, COUPONING))
                    .expectException(conflict("project.not-funded", null))
                    .expectNoEvents();
        }

        @Test
        void answersARetriedCompletionWithoutNewEvents() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CompleteProjectCommand(MEASURE, COUPONING))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void keepsTheSupportOfACompletedProjectFinal() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(4_000)))
                    .expectException(conflict("project.completed-final", null))
                    .expectNoEvents();
        }

        @Test
        void keepsTheDescriptionOfACompletedProjectFinal() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new ReviseProjectCommand(MEASURE, COUPONING, withParticipants(Participants.persons(30))))
                    .expectException(conflict("project.completed-final", null))
                    .expectNoEvents();
        }

        @Test
        void neverCancelsACompletedProject() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CancelProjectCommand(MEASURE, COUPONING, "Erreur"))
                    .expectException(conflict("project.completed-final", null))
                    .expectNoEvents();
        }
    }

    @Nested
    class Cancellation {

        @Test
        void cancelsAProjectForAReason() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new CancelProjectCommand(MEASURE, COUPONING, " Locaux indisponibles "))
                    .expectEvents(new ProjectCancelledEvent(MEASURE, COUPONING, "Locaux indisponibles"));
        }

        @Test
        void rejectsACancellationWithoutReason() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new CancelProjectCommand(MEASURE, COUPONING, null))
                    .expectException(invalid("text.required", "reason"))
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondCancellation() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, new ProjectCancelledEvent(MEASURE, COUPONING, "Abandon"))
                    .when(new CancelProjectCommand(MEASURE, COUPONING, "Abandon"))
                    .expectException(conflict("project.already-cancelled", null))
                    .expectNoEvents();
        }
    }

    @Nested
    class Correction {

        @Test
        void correctsTheFiguresOfACompletedProjectForAReason() {
            ProjectDetails corrected = withParticipants(Participants.persons(23));
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CorrectProjectFiguresCommand(MEASURE, COUPONING, corrected, Money.ofDollars(3_600),
                            "Bilan final du CISSS"))
                    .expectEvents(new ProjectFiguresCorrectedEvent(MEASURE, COUPONING, corrected,
                            Money.ofDollars(3_600), "Bilan final du CISSS"));
        }

        @Test
        void correctsOnlyACompletedProject() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new CorrectProjectFiguresCommand(MEASURE, COUPONING, COUPONING_DETAILS,
                            Money.ofDollars(3_600), "Bilan"))
                    .expectException(conflict("project.not-completed", null))
                    .expectNoEvents();
        }

        @Test
        void rejectsACorrectionWithoutReason() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CorrectProjectFiguresCommand(MEASURE, COUPONING, COUPONING_DETAILS,
                            Money.ofDollars(3_600), " "))
                    .expectException(invalid("text.required", "reason"))
                    .expectNoEvents();
        }

        @Test
        void rejectsACorrectionThatChangesNothing() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CorrectProjectFiguresCommand(MEASURE, COUPONING, COUPONING_DETAILS,
                            Money.ofDollars(3_625), "Bilan"))
                    .expectException(invalid("correction.unchanged", null))
                    .expectNoEvents();
        }

        @Test
        void rejectsACorrectedSupportAboveTheCorrectedTotalCost() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CorrectProjectFiguresCommand(MEASURE, COUPONING, COUPONING_DETAILS,
                            Money.ofDollars(8_000), "Bilan"))
                    .expectException(invalid("project.support-exceeds-total-cost", "support"))
                    .expectNoEvents();
        }

        @Test
        void keepsACorrectionWithinTheEnvelope() {
            ProjectDetails dearer = new ProjectDetails(COUPONING_DETAILS.title(), COUPONING_DETAILS.territories(),
                    COUPONING_DETAILS.description(), COUPONING_DETAILS.participants(), COUPONING_DETAILS.outcomes(),
                    Money.ofDollars(30_000), true);
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED, COUPONING_COMPLETED)
                    .when(new CorrectProjectFiguresCommand(MEASURE, COUPONING, dearer, Money.ofCents(2_000_001),
                            "Bilan"))
                    .expectException(conflict("funding-measure.envelope-exceeded", "support"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Scope {

        private final ProjectDetails shared = withTerritories(List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"));

        @Test
        void definesAMeasureOnlyForAUserOfEveryTerritory() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, ENVELOPE), scope("LEVIS"))
                    .expectException(forbidden("funding-measure.region-wide-only", null))
                    .expectNoEvents();
        }

        @Test
        void definesAMeasureForAUserOfEveryTerritory() {
            fixture.givenNoPriorActivity()
                    .when(new DefineFundingMeasureCommand(MEASURE, NAME, PERIOD, ENVELOPE), scope(TerritoryScope.ALL))
                    .expectEvents(DEFINED);
        }

        @Test
        void changesTheEnvelopeOnlyForAUserOfEveryTerritory() {
            fixture.given(DEFINED)
                    .when(new ChangeFundingEnvelopeCommand(MEASURE, Money.ofDollars(30_000), "Ajout"),
                            scope("LEVIS,MONTMAGNY"))
                    .expectException(forbidden("funding-measure.region-wide-only", null))
                    .expectNoEvents();
        }

        @Test
        void refusesAProjectReachingATerritoryOutsideTheUsers() {
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, shared), scope("BEAUCE-SARTIGAN"))
                    .expectException(forbidden("territory.out-of-scope", "territories"))
                    .expectNoEvents();
        }

        @Test
        void acceptsAProjectFromAUserOfAllItsTerritories() {
            fixture.given(DEFINED)
                    .when(new SubmitProjectCommand(MEASURE, COUPONING, LEVIS_TEAM, shared),
                            scope("BEAUCE-SARTIGAN,ROBERT-CLICHE"))
                    .expectEvents(new ProjectSubmittedEvent(MEASURE, COUPONING, LEVIS_TEAM, shared));
        }

        @Test
        void refusesSupportToAProjectOfAnotherTerritory() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new GrantProjectSupportCommand(MEASURE, COUPONING, Money.ofDollars(1_000)),
                            scope("MONTMAGNY"))
                    .expectException(forbidden("territory.out-of-scope", "territories"))
                    .expectNoEvents();
        }

        @Test
        void refusesMovingAProjectOutOfTheUsersTerritories() {
            fixture.given(DEFINED, COUPONING_SUBMITTED)
                    .when(new ReviseProjectCommand(MEASURE, COUPONING, withTerritories(List.of("LEVIS", "MONTMAGNY"))),
                            scope("LEVIS"))
                    .expectException(forbidden("territory.out-of-scope", "territories"))
                    .expectNoEvents();
        }

        @Test
        void refusesCompletingOrCancellingAProjectOfAnotherTerritory() {
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new CompleteProjectCommand(MEASURE, COUPONING), scope("MONTMAGNY"))
                    .expectException(forbidden("territory.out-of-scope", "territories"))
                    .expectNoEvents();
            fixture.given(DEFINED, COUPONING_SUBMITTED, COUPONING_GRANTED)
                    .when(new CancelProjectCommand(MEASURE, COUPONING, "Abandon"), scope("MONTMAGNY"))
                    .expectException(forbidden("territory.out-of-scope", "territories"))
                    .expectNoEvents();
        }

        private Map<String, Object> scope(String territories) {
            return Map.of(TerritoryScope.METADATA_KEY, territories);
        }
    }

    private static ProjectDetails withTerritories(List<String> territories) {
        return new ProjectDetails(COUPONING_DETAILS.title(), territories, COUPONING_DETAILS.description(),
                COUPONING_DETAILS.participants(), COUPONING_DETAILS.outcomes(), COUPONING_DETAILS.totalCost(), true);
    }

    private static ProjectDetails withParticipants(Participants participants) {
        return new ProjectDetails(COUPONING_DETAILS.title(), COUPONING_DETAILS.territories(),
                COUPONING_DETAILS.description(), participants, COUPONING_DETAILS.outcomes(),
                COUPONING_DETAILS.totalCost(), true);
    }
}
