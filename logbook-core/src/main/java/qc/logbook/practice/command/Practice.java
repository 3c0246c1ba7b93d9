package qc.logbook.practice.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.Text;
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
import qc.logbook.practice.api.StartPracticeRevisionCommand;
import qc.logbook.practice.api.SubmitPracticeCommand;
import qc.logbook.practice.api.UpdatePracticeDraftCommand;

/**
 * A practice of the repository and its review lifecycle: draft → submitted → published → retired. Each revision is
 * drafted, submitted and published in turn; while a revision of a published practice is under way the published one
 * stays as it is. Invariants are checked in command handlers; state changes only in event-sourcing handlers.
 */
public class Practice {

    /** Where the revision being worked on stands; published revisions are kept apart. */
    private enum Stage { DRAFT, SUBMITTED }

    @AggregateIdentifier
    private PracticeId practiceId;
    private PracticeForm firstDraft;
    private int lastRevision;
    private int publishedRevision;
    private PracticeForm publishedForm;
    private int workingRevision;
    private Stage workingStage;
    private PracticeForm workingForm;
    private boolean retired;

    public Practice() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PracticeId handle(DraftPracticeCommand command) {
        if (firstDraft != null) {
            if (firstDraft.equals(command.form())) {
                return practiceId; // a retry of the same creation: answer as the first time did
            }
            throw RuleViolation.conflict("id", "practice.id-taken");
        }
        PracticeFormRules.validate(command.form(), command.receivedAt());
        apply(new PracticeDraftedEvent(command.practiceId(), 1, command.form(), command.receivedAt()));
        return command.practiceId();
    }

    @CommandHandler
    public void handle(UpdatePracticeDraftCommand command) {
        requireNotRetired();
        requireWorkingStage(Stage.DRAFT);
        if (command.form() != null && command.form().equals(workingForm)) {
            return; // nothing changes
        }
        PracticeFormRules.validate(command.form(), command.receivedAt());
        apply(new PracticeDraftUpdatedEvent(practiceId, workingRevision, command.form(), command.receivedAt()));
    }

    @CommandHandler
    public void handle(SubmitPracticeCommand command) {
        requireNotRetired();
        requireWorkingStage(Stage.DRAFT);
        PracticeFormRules.requireComplete(workingForm);
        apply(new PracticeSubmittedEvent(practiceId, workingRevision, command.receivedAt()));
    }

    @CommandHandler
    public void handle(ReturnPracticeForChangesCommand command) {
        requireNotRetired();
        requireWorkingStage(Stage.SUBMITTED);
        PracticeFormRules.requireReason("comment", command.comment(), true);
        apply(new PracticeReturnedForChangesEvent(practiceId, workingRevision, command.comment().strip(),
                command.receivedAt()));
    }

    @CommandHandler
    public void handle(PublishPracticeCommand command) {
        requireNotRetired();
        requireWorkingStage(Stage.SUBMITTED);
        apply(new PracticePublishedEvent(practiceId, workingRevision, workingForm, command.receivedAt()));
    }

    /** Answers the number of the new revision. */
    @CommandHandler
    public int handle(StartPracticeRevisionCommand command) {
        requireNotRetired();
        requirePublished();
        if (workingStage != null) {
            throw RuleViolation.conflict(null, "practice.revision-pending", workingRevision);
        }
        PracticeForm form = command.form() == null ? publishedForm : command.form();
        PracticeFormRules.validate(form, command.receivedAt());
        PracticeFormRules.requireReason("reason", command.reason(), false);
        int revision = lastRevision + 1;
        apply(new PracticeRevisionStartedEvent(practiceId, revision, publishedRevision, form,
                blankToNull(command.reason()), command.receivedAt()));
        return revision;
    }

    @CommandHandler
    public void handle(RetirePracticeCommand command) {
        if (retired) {
            throw RuleViolation.conflict(null, "practice.already-retired");
        }
        requirePublished();
        PracticeFormRules.requireReason("reason", command.reason(), true);
        apply(new PracticeRetiredEvent(practiceId, publishedRevision, command.reason().strip(),
                command.receivedAt()));
    }

    @EventSourcingHandler
    void on(PracticeDraftedEvent event) {
        practiceId = event.practiceId();
        firstDraft = event.form();
        startWorking(event.revision(), event.form());
    }

    @EventSourcingHandler
    void on(PracticeDraftUpdatedEvent event) {
        workingForm = event.form();
    }

    @EventSourcingHandler
    void on(PracticeSubmittedEvent event) {
        workingStage = Stage.SUBMITTED;
    }

    @EventSourcingHandler
    void on(PracticeReturnedForChangesEvent event) {
        workingStage = Stage.DRAFT;
    }

    @EventSourcingHandler
    void on(PracticePublishedEvent event) {
        publishedRevision = event.revision();
        publishedForm = event.form();
        workingRevision = 0;
        workingStage = null;
        workingForm = null;
    }

    @EventSourcingHandler
    void on(PracticeRevisionStartedEvent event) {
        startWorking(event.revision(), event.form());
    }

    @EventSourcingHandler
    void on(PracticeRetiredEvent event) {
        retired = true;
        workingRevision = 0;
        workingStage = null;
        workingForm = null;
    }

    private void startWorking(int revision, PracticeForm form) {
        lastRevision = revision;
        workingRevision = revision;
        workingStage = Stage.DRAFT;
        workingForm = form;
    }

    private void requireNotRetired() {
        if (retired) {
            throw RuleViolation.conflict(null, "practice.retired");
        }
    }

    private void requirePublished() {
        if (publishedRevision == 0) {
            throw RuleViolation.conflict(null, "practice.not-published");
        }
    }

    private void requireWorkingStage(Stage expected) {
        if (workingStage == expected) {
            return;
        }
        if (workingStage == null) {
            throw RuleViolation.conflict(null, "practice.no-revision-under-way");
        }
        if (expected == Stage.DRAFT) {
            throw RuleViolation.conflict(null, "practice.already-submitted", workingRevision);
        }
        throw RuleViolation.conflict(null, "practice.not-submitted", workingRevision);
    }

    private static String blankToNull(String text) {
        return Text.isBlank(text) ? null : text.strip();
    }
}
