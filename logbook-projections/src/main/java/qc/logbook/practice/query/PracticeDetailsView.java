package qc.logbook.practice.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.practice.api.PracticeDraftUpdatedEvent;
import qc.logbook.practice.api.PracticeDraftedEvent;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.PracticeReturnedForChangesEvent;
import qc.logbook.practice.api.PracticeRevisionStartedEvent;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.api.PracticeSubmittedEvent;

/**
 * A practice in full: the published form, the revision under way if any, and every revision with its form and its
 * review history. The methods fold events into a new view; they are plain functions, tested without a store.
 *
 * @param status            RETIRED, else PUBLISHED once a revision was published, else the first revision's stage
 * @param publishedRevision the revision everyone sees, {@code null} before the first publication
 * @param publishedForm     its form
 * @param workingRevision   the revision being drafted or reviewed, {@code null} if none
 * @param revisions         every revision, oldest first
 * @param history           every step of the lifecycle, oldest first, with who took it
 * @param version           sequence number of the last event folded in, to recognise events delivered again
 */
@Document(PracticeDetailsView.COLLECTION)
public record PracticeDetailsView(
        @Id String id,
        PracticeStatus status,
        Integer publishedRevision,
        PracticeForm publishedForm,
        Instant firstPublishedAt,
        Integer workingRevision,
        List<RevisionView> revisions,
        List<HistoryEntry> history,
        Instant createdAt,
        Instant updatedAt,
        Instant retiredAt,
        String retirementReason,
        long version) {

    public static final String COLLECTION = "practice_details";

    public PracticeDetailsView {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * One step of the lifecycle.
     *
     * @param step     what happened: DRAFTED, UPDATED, SUBMITTED, RETURNED, PUBLISHED, REVISION_STARTED, RETIRED
     * @param revision the revision it concerns
     * @param actor    pseudonymous id of who did it, from the command's audit metadata
     * @param note     the reviewer's comment, or the reason given, if any
     */
    public record HistoryEntry(String step, int revision, Instant at, String actor, String note) {
    }

    /**
     * One revision of the practice.
     *
     * @param basedOnRevision the published revision it started from, {@code null} for the first
     * @param reason          why it was opened, if said
     * @param returns         each time a reviewer sent it back, with the comment
     */
    public record RevisionView(int revision, Integer basedOnRevision, PracticeStatus status, String reason,
                               PracticeForm form, Instant startedAt, Instant updatedAt, Instant submittedAt,
                               Instant publishedAt, List<Returned> returns) {

        public RevisionView {
            returns = returns == null ? List.of() : List.copyOf(returns);
        }

        RevisionView with(PracticeStatus newStatus) {
            return new RevisionView(revision, basedOnRevision, newStatus, reason, form, startedAt, updatedAt,
                    submittedAt, publishedAt, returns);
        }
    }

    public record Returned(String comment, Instant returnedAt) {
    }

    /** Statuses of revisions that were published: what every reader of the repository may see. */
    private static final Set<PracticeStatus> PUBLISHED_STATUSES = EnumSet.of(PracticeStatus.PUBLISHED,
            PracticeStatus.SUPERSEDED, PracticeStatus.RETIRED);

    /** Whether {@code userId} opened a revision of this practice: drafted it, or started one of its revisions. */
    public boolean openedBy(String userId) {
        return userId != null && history.stream().anyMatch(step -> userId.equals(step.actor())
                && ("DRAFTED".equals(step.step()) || "REVISION_STARTED".equals(step.step())));
    }

    /**
     * The practice as {@code userId} may see it: whole for a reviewer (coordinator) or one of its authors, else
     * {@link #publishedPart()}. The one rule the REST detail and the reading page both apply.
     */
    public Optional<PracticeDetailsView> asSeenBy(String userId, boolean reviewer) {
        return reviewer || openedBy(userId) ? Optional.of(this) : publishedPart();
    }

    /**
     * The practice as a reader who neither authored it nor reviews it sees it: the revisions that were published
     * (published, superseded or retired) and their steps of the history, no revision under way; empty while nothing
     * was ever published. Drafts and submissions are work in progress, seen only by their authors and by the
     * coordinators who review them.
     */
    public Optional<PracticeDetailsView> publishedPart() {
        List<RevisionView> kept = revisions.stream().filter(r -> PUBLISHED_STATUSES.contains(r.status())).toList();
        if (publishedRevision == null || kept.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> numbers = kept.stream().map(RevisionView::revision).collect(Collectors.toSet());
        List<HistoryEntry> steps = history.stream().filter(step -> numbers.contains(step.revision())).toList();
        Instant lastChange = steps.isEmpty() ? updatedAt : steps.get(steps.size() - 1).at();
        return Optional.of(new PracticeDetailsView(id, status, publishedRevision, publishedForm, firstPublishedAt,
                null, kept, steps, createdAt, lastChange, retiredAt, retirementReason, version));
    }

    /** Whether a revision waits for a reviewer: submitted, neither published nor sent back yet. */
    public boolean awaitingReview() {
        RevisionView working = working();
        return working != null && working.status() == PracticeStatus.SUBMITTED;
    }

    /** The revision being worked on, if any. */
    public RevisionView working() {
        return workingRevision == null ? null : revision(workingRevision);
    }

    public RevisionView revision(int number) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst().orElse(null);
    }

    static PracticeDetailsView drafted(PracticeDraftedEvent e, long sequence, String actor) {
        RevisionView first = new RevisionView(e.revision(), null, PracticeStatus.DRAFT, null, e.form(), e.draftedAt(),
                e.draftedAt(), null, null, null);
        return new PracticeDetailsView(e.practiceId().toString(), PracticeStatus.DRAFT, null, null, null,
                e.revision(), List.of(first), List.of(new HistoryEntry("DRAFTED", e.revision(), e.draftedAt(), actor,
                null)), e.draftedAt(), e.draftedAt(), null, null, sequence);
    }

    PracticeDetailsView draftUpdated(PracticeDraftUpdatedEvent e, long sequence, String actor) {
        return changeRevision(e.revision(), r -> new RevisionView(r.revision(), r.basedOnRevision(), r.status(),
                r.reason(), e.form(), r.startedAt(), e.updatedAt(), r.submittedAt(), r.publishedAt(), r.returns()))
                .step(new HistoryEntry("UPDATED", e.revision(), e.updatedAt(), actor, null), sequence);
    }

    PracticeDetailsView submitted(PracticeSubmittedEvent e, long sequence, String actor) {
        return changeRevision(e.revision(), r -> new RevisionView(r.revision(), r.basedOnRevision(),
                PracticeStatus.SUBMITTED, r.reason(), r.form(), r.startedAt(), r.updatedAt(), e.submittedAt(),
                r.publishedAt(), r.returns()))
                .step(new HistoryEntry("SUBMITTED", e.revision(), e.submittedAt(), actor, null), sequence);
    }

    PracticeDetailsView returnedForChanges(PracticeReturnedForChangesEvent e, long sequence, String actor) {
        return changeRevision(e.revision(), r -> {
            List<Returned> returns = new ArrayList<>(r.returns());
            returns.add(new Returned(e.comment(), e.returnedAt()));
            return new RevisionView(r.revision(), r.basedOnRevision(), PracticeStatus.DRAFT, r.reason(), r.form(),
                    r.startedAt(), r.updatedAt(), null, r.publishedAt(), returns);
        }).step(new HistoryEntry("RETURNED", e.revision(), e.returnedAt(), actor, e.comment()), sequence);
    }

    PracticeDetailsView published(PracticePublishedEvent e, long sequence, String actor) {
        List<RevisionView> changed = new ArrayList<>();
        for (RevisionView r : revisions) {
            if (r.revision() == e.revision()) {
                changed.add(new RevisionView(r.revision(), r.basedOnRevision(), PracticeStatus.PUBLISHED, r.reason(),
                        e.form(), r.startedAt(), r.updatedAt(), r.submittedAt(), e.publishedAt(), r.returns()));
            } else if (r.status() == PracticeStatus.PUBLISHED) {
                changed.add(r.with(PracticeStatus.SUPERSEDED));
            } else {
                changed.add(r);
            }
        }
        return new PracticeDetailsView(id, PracticeStatus.PUBLISHED, e.revision(), e.form(),
                firstPublishedAt == null ? e.publishedAt() : firstPublishedAt, null, changed, history, createdAt,
                updatedAt, null, null, version)
                .step(new HistoryEntry("PUBLISHED", e.revision(), e.publishedAt(), actor, null), sequence);
    }

    PracticeDetailsView revisionStarted(PracticeRevisionStartedEvent e, long sequence, String actor) {
        List<RevisionView> changed = new ArrayList<>(revisions);
        changed.add(new RevisionView(e.revision(), e.basedOnRevision(), PracticeStatus.DRAFT, e.reason(), e.form(),
                e.startedAt(), e.startedAt(), null, null, null));
        return new PracticeDetailsView(id, status, publishedRevision, publishedForm, firstPublishedAt, e.revision(),
                changed, history, createdAt, updatedAt, retiredAt, retirementReason, version)
                .step(new HistoryEntry("REVISION_STARTED", e.revision(), e.startedAt(), actor, e.reason()), sequence);
    }

    PracticeDetailsView retired(PracticeRetiredEvent e, long sequence, String actor) {
        List<RevisionView> changed = new ArrayList<>();
        for (RevisionView r : revisions) {
            if (r.status() == PracticeStatus.PUBLISHED) {
                changed.add(r.with(PracticeStatus.RETIRED));
            } else if (r.status() == PracticeStatus.DRAFT || r.status() == PracticeStatus.SUBMITTED) {
                changed.add(r.with(PracticeStatus.ABANDONED));
            } else {
                changed.add(r);
            }
        }
        return new PracticeDetailsView(id, PracticeStatus.RETIRED, publishedRevision, publishedForm,
                firstPublishedAt, null, changed, history, createdAt, updatedAt, e.retiredAt(), e.reason(), version)
                .step(new HistoryEntry("RETIRED", e.lastPublishedRevision(), e.retiredAt(), actor, e.reason()),
                        sequence);
    }

    private PracticeDetailsView changeRevision(int number, UnaryOperator<RevisionView> change) {
        List<RevisionView> changed = new ArrayList<>();
        for (RevisionView r : revisions) {
            changed.add(r.revision() == number ? change.apply(r) : r);
        }
        PracticeStatus overall = publishedRevision != null || status == PracticeStatus.RETIRED ? status
                : changed.stream().filter(r -> r.revision() == number).findFirst().map(RevisionView::status)
                        .orElse(status);
        return new PracticeDetailsView(id, overall, publishedRevision, publishedForm, firstPublishedAt,
                workingRevision, changed, history, createdAt, updatedAt, retiredAt, retirementReason, version);
    }

    /** Records a step of the lifecycle: appended to the history, it also dates the last change. */
    private PracticeDetailsView step(HistoryEntry entry, long sequence) {
        List<HistoryEntry> steps = new ArrayList<>(history);
        steps.add(entry);
        return new PracticeDetailsView(id, status, publishedRevision, publishedForm, firstPublishedAt,
                workingRevision, revisions, steps, createdAt, entry.at(), retiredAt, retirementReason, sequence);
    }
}
