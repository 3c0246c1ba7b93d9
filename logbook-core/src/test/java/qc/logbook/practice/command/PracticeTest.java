package qc.logbook.practice.command;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.logbook.practice.command.PracticeForms.complete;
import static qc.logbook.practice.command.PracticeForms.maximal;
import static qc.logbook.practice.command.PracticeForms.text;

import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.RuleViolation;
import qc.logbook.practice.api.DraftPracticeCommand;
import qc.logbook.practice.api.PracticeDraftUpdatedEvent;
import qc.logbook.practice.api.PracticeDraftedEvent;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.PracticeReturnedForChangesEvent;
import qc.logbook.practice.api.PracticeRevisionStartedEvent;
import qc.logbook.practice.api.PracticeSubmittedEvent;
import qc.logbook.practice.api.PublishPracticeCommand;
import qc.logbook.practice.api.RetirePracticeCommand;
import qc.logbook.practice.api.ReturnPracticeForChangesCommand;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.StartPracticeRevisionCommand;
import qc.logbook.practice.api.SubmitPracticeCommand;
import qc.logbook.practice.api.UpdatePracticeDraftCommand;

/** Every transition of the practice lifecycle and every kind of refusal, on the aggregate test fixture. */
class PracticeTest {

    static final PracticeId ID = PracticeId.of("5b1d1c1e-0000-4000-8000-000000000005");
    static final Instant T0 = Instant.parse("2026-11-02T14:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-03T14:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-04T14:00:00Z");
    static final Instant T3 = Instant.parse("2026-11-05T14:00:00Z");

    private FixtureConfiguration<Practice> fixture;
    private RuleViolation rejection;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Practice.class);
        // keeps the rejection so a test can check its rule code and message, not only its type
        fixture.registerCommandHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (RuleViolation violation) {
                rejection = violation;
                throw violation;
            }
        });
    }

    static PracticeForm revised() {
        return complete().toBuilder().name("Jardin collectif et serre des Habitations du Fleuve").build();
    }

    static PracticeDraftedEvent drafted() {
        return new PracticeDraftedEvent(ID, 1, complete(), T0);
    }

    static PracticePublishedEvent published() {
        return new PracticePublishedEvent(ID, 1, complete(), T2);
    }

    /** Checks the rule violation the last command was rejected with, and forgets it. */
    private void assertRejected(String rule, Object... args) {
        assertThat(rejection).as("rejection of the command").isNotNull();
        assertThat(rejection.rule()).isEqualTo(rule);
        assertThat(rejection.args()).containsExactly(args);
        rejection = null;
    }

    // --- drafting ---

    @Test
    void draftsAPracticeWithOnlyAName() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, PracticeForm.named("Cuisine collective"), T0))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID)
                .expectEvents(new PracticeDraftedEvent(ID, 1, PracticeForm.named("Cuisine collective"), T0));
    }

    @Test
    void draftsAPracticeWithEveryFieldAtItsLimit() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, maximal(), T0))
                .expectEvents(new PracticeDraftedEvent(ID, 1, maximal(), T0));
    }

    @Test
    void refusesADraftWithATextOneCharacterOverItsLimit() {
        PracticeForm tooLong = maximal().toBuilder().keyMessage2(text(1201)).build();
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, tooLong, T0))
                .expectNoEvents();
        assertRejected("text.too-long", RuleViolation.label("field.form.keyMessage2"), 1200, 1201);
    }

    @Test
    void refusesADraftWithFourSclsCharacteristics() {
        PracticeForm four = complete().toBuilder().sclsCharacteristics(Set.of(SclsCharacteristic.PREVENTION,
                SclsCharacteristic.SOCIAL_TIES, SclsCharacteristic.EMPOWERMENT)).sclsCharacteristicsOther("Autre")
                .build();
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, four, T0))
                .expectNoEvents();
        assertRejected("scls.too-many", 3, 4);
    }

    @Test
    void answersARetriedDraftAsTheFirstTimeWithoutNewEvents() {
        fixture.given(drafted())
                .when(new DraftPracticeCommand(ID, complete(), T1))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID)
                .expectNoEvents();
    }

    @Test
    void refusesAnotherPracticeUnderATakenId() {
        fixture.given(drafted())
                .when(new DraftPracticeCommand(ID, revised(), T1))
                .expectNoEvents();
        assertRejected("practice.id-taken");
    }

    @Test
    void updatesTheDraft() {
        fixture.given(drafted())
                .when(new UpdatePracticeDraftCommand(ID, revised(), T1))
                .expectEvents(new PracticeDraftUpdatedEvent(ID, 1, revised(), T1));
    }

    @Test
    void ignoresAnUpdateThatChangesNothing() {
        fixture.given(drafted())
                .when(new UpdatePracticeDraftCommand(ID, complete(), T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAnUpdateOverALimit() {
        fixture.given(drafted())
                .when(new UpdatePracticeDraftCommand(ID, complete().toBuilder().categoriesOther(text(101)).build(), T1))
                .expectNoEvents();
        assertRejected("text.too-long", RuleViolation.label("field.form.categoriesOther"), 100, 101);
    }

    // --- submission and review ---

    @Test
    void submitsACompleteDraft() {
        fixture.given(drafted())
                .when(new SubmitPracticeCommand(ID, T1))
                .expectEvents(new PracticeSubmittedEvent(ID, 1, T1));
    }

    @Test
    void refusesToSubmitAnIncompleteDraft() {
        fixture.given(new PracticeDraftedEvent(ID, 1, PracticeForm.named("Cuisine collective"), T0))
                .when(new SubmitPracticeCommand(ID, T1))
                .expectNoEvents();
        assertRejected("submission.incomplete", RuleViolation.label("field.form.regions"));
    }

    @Test
    void refusesToSubmitTwice() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1))
                .when(new SubmitPracticeCommand(ID, T2))
                .expectNoEvents();
        assertRejected("practice.already-submitted", 1);
    }

    @Test
    void refusesToChangeASubmittedDraft() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1))
                .when(new UpdatePracticeDraftCommand(ID, revised(), T2))
                .expectNoEvents();
        assertRejected("practice.already-submitted", 1);
    }

    @Test
    void returnsASubmissionForChangesThenAcceptsAnUpdate() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1),
                        new PracticeReturnedForChangesEvent(ID, 1, "Préciser les moyens.", T2))
                .when(new UpdatePracticeDraftCommand(ID, revised(), T3))
                .expectEvents(new PracticeDraftUpdatedEvent(ID, 1, revised(), T3));
    }

    @Test
    void returnsASubmissionWithTheReviewersComment() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1))
                .when(new ReturnPracticeForChangesCommand(ID, "  Préciser les moyens. ", T2))
                .expectEvents(new PracticeReturnedForChangesEvent(ID, 1, "Préciser les moyens.", T2));
    }

    @Test
    void refusesToReturnASubmissionWithoutComment() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1))
                .when(new ReturnPracticeForChangesCommand(ID, " ", T2))
                .expectNoEvents();
        assertRejected("required", RuleViolation.label("field.comment"));
    }

    @Test
    void refusesToReturnADraftThatWasNotSubmitted() {
        fixture.given(drafted())
                .when(new ReturnPracticeForChangesCommand(ID, "Non.", T1))
                .expectNoEvents();
        assertRejected("practice.not-submitted", 1);
    }

    @Test
    void publishesASubmittedRevisionWithItsForm() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1))
                .when(new PublishPracticeCommand(ID, T2))
                .expectEvents(published());
    }

    @Test
    void refusesToPublishADraft() {
        fixture.given(drafted())
                .when(new PublishPracticeCommand(ID, T1))
                .expectNoEvents();
        assertRejected("practice.not-submitted", 1);
    }

    @Test
    void refusesToPublishTwice() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published())
                .when(new PublishPracticeCommand(ID, T3))
                .expectNoEvents();
        assertRejected("practice.no-revision-under-way");
    }

    // --- revisions of a published practice ---

    @Test
    void startsARevisionFromACopyOfThePublishedForm() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published())
                .when(new StartPracticeRevisionCommand(ID, null, " Ajout de la serre ", T3))
                .expectResultMessagePayload(2)
                .expectEvents(new PracticeRevisionStartedEvent(ID, 2, 1, complete(), "Ajout de la serre", T3));
    }

    @Test
    void startsARevisionWithARevisedForm() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published())
                .when(new StartPracticeRevisionCommand(ID, revised(), null, T3))
                .expectEvents(new PracticeRevisionStartedEvent(ID, 2, 1, revised(), null, T3));
    }

    @Test
    void refusesToReviseAPracticeNeverPublished() {
        fixture.given(drafted())
                .when(new StartPracticeRevisionCommand(ID, revised(), null, T1))
                .expectNoEvents();
        assertRejected("practice.not-published");
    }

    @Test
    void refusesASecondRevisionWhileOneIsUnderWay() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published(),
                        new PracticeRevisionStartedEvent(ID, 2, 1, revised(), null, T3))
                .when(new StartPracticeRevisionCommand(ID, null, null, T3))
                .expectNoEvents();
        assertRejected("practice.revision-pending", 2);
    }

    @Test
    void submitsAndPublishesARevisionUnderItsOwnNumber() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published(),
                        new PracticeRevisionStartedEvent(ID, 2, 1, complete(), null, T3),
                        new PracticeDraftUpdatedEvent(ID, 2, revised(), T3),
                        new PracticeSubmittedEvent(ID, 2, T3))
                .when(new PublishPracticeCommand(ID, T3))
                .expectEvents(new PracticePublishedEvent(ID, 2, revised(), T3));
    }

    @Test
    void numbersTheNextRevisionAfterTheLastOne() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published(),
                        new PracticeRevisionStartedEvent(ID, 2, 1, revised(), null, T3),
                        new PracticeSubmittedEvent(ID, 2, T3),
                        new PracticePublishedEvent(ID, 2, revised(), T3))
                .when(new StartPracticeRevisionCommand(ID, null, null, T3))
                .expectEvents(new PracticeRevisionStartedEvent(ID, 3, 2, revised(), null, T3));
    }

    // --- retirement ---

    @Test
    void retiresAPublishedPractice() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published())
                .when(new RetirePracticeCommand(ID, "Projet terminé.", T3))
                .expectEvents(new PracticeRetiredEvent(ID, 1, "Projet terminé.", T3));
    }

    @Test
    void retiresAPublishedPracticeWithARevisionUnderWay() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published(),
                        new PracticeRevisionStartedEvent(ID, 2, 1, revised(), null, T3))
                .when(new RetirePracticeCommand(ID, "Projet terminé.", T3))
                .expectEvents(new PracticeRetiredEvent(ID, 1, "Projet terminé.", T3));
    }

    @Test
    void refusesToRetireAPracticeNeverPublished() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1))
                .when(new RetirePracticeCommand(ID, "Doublon.", T2))
                .expectNoEvents();
        assertRejected("practice.not-published");
    }

    @Test
    void refusesToRetireWithoutReasonOrWithATooLongOne() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published())
                .when(new RetirePracticeCommand(ID, null, T3));
        assertRejected("required", RuleViolation.label("field.reason"));
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published())
                .when(new RetirePracticeCommand(ID, text(501), T3));
        assertRejected("text.too-long", RuleViolation.label("field.reason"), 500, 501);
    }

    @Test
    void refusesToRetireTwice() {
        fixture.given(drafted(), new PracticeSubmittedEvent(ID, 1, T1), published(),
                        new PracticeRetiredEvent(ID, 1, "Projet terminé.", T3))
                .when(new RetirePracticeCommand(ID, "Encore.", T3))
                .expectNoEvents();
        assertRejected("practice.already-retired");
    }

    @Test
    void refusesEveryChangeOnceRetired() {
        Object[] history = {drafted(), new PracticeSubmittedEvent(ID, 1, T1), published(),
                new PracticeRetiredEvent(ID, 1, "Projet terminé.", T3)};
        fixture.given(history).when(new StartPracticeRevisionCommand(ID, null, null, T3))
                .expectNoEvents();
        assertRejected("practice.retired");
        fixture.given(history).when(new UpdatePracticeDraftCommand(ID, revised(), T3))
                .expectNoEvents();
        assertRejected("practice.retired");
        fixture.given(history).when(new SubmitPracticeCommand(ID, T3))
                .expectNoEvents();
        assertRejected("practice.retired");
        fixture.given(history).when(new PublishPracticeCommand(ID, T3))
                .expectNoEvents();
        assertRejected("practice.retired");
    }
}
