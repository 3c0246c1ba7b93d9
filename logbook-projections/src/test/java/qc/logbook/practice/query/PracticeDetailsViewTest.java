package qc.logbook.practice.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qc.logbook.practice.api.PracticeDraftUpdatedEvent;
import qc.logbook.practice.api.PracticeDraftedEvent;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.PracticeReturnedForChangesEvent;
import qc.logbook.practice.api.PracticeRevisionStartedEvent;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.api.PracticeSubmittedEvent;
import qc.logbook.reference.AdministrativeRegion;

class PracticeDetailsViewTest {

    static final PracticeId ID = PracticeId.of("5b1d1c1e-0000-4000-8000-0000000000d1");
    static final PracticeForm V1 = PracticeForm.builder().name("Cuisine collective")
            .regions(Set.of(AdministrativeRegion.ESTRIE)).build();
    static final PracticeForm V1_FIXED = V1.toBuilder().name("Cuisine collective du Vieux-Nord").build();
    static final PracticeForm V2 = V1_FIXED.toBuilder().regions(Set.of(AdministrativeRegion.ESTRIE,
            AdministrativeRegion.MONTEREGIE)).build();

    static Instant day(int d) {
        return Instant.parse("2026-11-01T12:00:00Z").plusSeconds(86_400L * d);
    }

    /** The first revision drafted, returned once, fixed and published. */
    static PracticeDetailsView publishedOnce() {
        return PracticeDetailsView.drafted(new PracticeDraftedEvent(ID, 1, V1, day(0)), 0, "u-0")
                .submitted(new PracticeSubmittedEvent(ID, 1, day(1)), 1, "u-1")
                .returnedForChanges(new PracticeReturnedForChangesEvent(ID, 1, "Préciser le nom.", day(2)), 2,
                        "u-2")
                .draftUpdated(new PracticeDraftUpdatedEvent(ID, 1, V1_FIXED, day(3)), 3, "u-3")
                .submitted(new PracticeSubmittedEvent(ID, 1, day(4)), 4, "u-4")
                .published(new PracticePublishedEvent(ID, 1, V1_FIXED, day(5)), 5, "u-5");
    }

    @Test
    void followsTheFirstRevisionThroughReview() {
        PracticeDetailsView drafted = PracticeDetailsView.drafted(new PracticeDraftedEvent(ID, 1, V1, day(0)), 0,
                "u-0");
        assertThat(drafted.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(drafted.working().form()).isEqualTo(V1);
        assertThat(drafted.publishedForm()).isNull();

        PracticeDetailsView submitted = drafted.submitted(new PracticeSubmittedEvent(ID, 1, day(1)), 1, "u-1");
        assertThat(submitted.status()).isEqualTo(PracticeStatus.SUBMITTED);

        PracticeDetailsView published = publishedOnce();
        assertThat(published.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(published.publishedRevision()).isEqualTo(1);
        assertThat(published.publishedForm()).isEqualTo(V1_FIXED);
        assertThat(published.firstPublishedAt()).isEqualTo(day(5));
        assertThat(published.workingRevision()).isNull();
        assertThat(published.version()).isEqualTo(5);
        PracticeDetailsView.RevisionView first = published.revision(1);
        assertThat(first.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(first.returns()).containsExactly(new PracticeDetailsView.Returned("Préciser le nom.", day(2)));
        assertThat(first.submittedAt()).isEqualTo(day(4));
        assertThat(first.publishedAt()).isEqualTo(day(5));
    }

    @Test
    void keepsThePublishedFormVisibleWhileARevisionIsUnderWay() {
        PracticeDetailsView revising = publishedOnce()
                .revisionStarted(new PracticeRevisionStartedEvent(ID, 2, 1, V2, "Nouvelle région", day(6)), 6,
                        "u-6")
                .submitted(new PracticeSubmittedEvent(ID, 2, day(7)), 7, "u-7");

        assertThat(revising.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(revising.publishedForm()).isEqualTo(V1_FIXED);
        assertThat(revising.working().revision()).isEqualTo(2);
        assertThat(revising.working().status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(revising.working().basedOnRevision()).isEqualTo(1);
        assertThat(revising.working().form()).isEqualTo(V2);
    }

    @Test
    void keepsEveryRevisionInTheHistory() {
        PracticeDetailsView republished = publishedOnce()
                .revisionStarted(new PracticeRevisionStartedEvent(ID, 2, 1, V2, null, day(6)), 6, "u-6")
                .submitted(new PracticeSubmittedEvent(ID, 2, day(7)), 7, "u-7")
                .published(new PracticePublishedEvent(ID, 2, V2, day(8)), 8, "u-8");

        assertThat(republished.publishedRevision()).isEqualTo(2);
        assertThat(republished.publishedForm()).isEqualTo(V2);
        assertThat(republished.firstPublishedAt()).isEqualTo(day(5));
        assertThat(republished.revisions()).extracting(PracticeDetailsView.RevisionView::revision,
                        PracticeDetailsView.RevisionView::status, PracticeDetailsView.RevisionView::form)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, PracticeStatus.SUPERSEDED, V1_FIXED),
                        org.assertj.core.groups.Tuple.tuple(2, PracticeStatus.PUBLISHED, V2));
    }

    @Test
    void retiresThePracticeAndAbandonsTheRevisionUnderWay() {
        PracticeDetailsView retired = publishedOnce()
                .revisionStarted(new PracticeRevisionStartedEvent(ID, 2, 1, V2, null, day(6)), 6, "u-6")
                .retired(new PracticeRetiredEvent(ID, 1, "Projet terminé.", day(7)), 7, "u-7");

        assertThat(retired.status()).isEqualTo(PracticeStatus.RETIRED);
        assertThat(retired.retiredAt()).isEqualTo(day(7));
        assertThat(retired.retirementReason()).isEqualTo("Projet terminé.");
        assertThat(retired.workingRevision()).isNull();
        assertThat(retired.revision(1).status()).isEqualTo(PracticeStatus.RETIRED);
        assertThat(retired.revision(2).status()).isEqualTo(PracticeStatus.ABANDONED);
        assertThat(retired.publishedForm()).isEqualTo(V1_FIXED);
    }

    @Test
    void recordsEveryStepWithWhoTookItAndWhen() {
        PracticeDetailsView view = publishedOnce()
                .revisionStarted(new PracticeRevisionStartedEvent(ID, 2, 1, V2, "Nouvelle région", day(6)), 6,
                        "u-6")
                .retired(new PracticeRetiredEvent(ID, 1, "Projet terminé.", day(7)), 7, "u-7");

        assertThat(view.history()).extracting(PracticeDetailsView.HistoryEntry::step,
                        PracticeDetailsView.HistoryEntry::revision, PracticeDetailsView.HistoryEntry::actor,
                        PracticeDetailsView.HistoryEntry::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DRAFTED", 1, "u-0", null),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", 1, "u-1", null),
                        org.assertj.core.groups.Tuple.tuple("RETURNED", 1, "u-2", "Préciser le nom."),
                        org.assertj.core.groups.Tuple.tuple("UPDATED", 1, "u-3", null),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", 1, "u-4", null),
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", 1, "u-5", null),
                        org.assertj.core.groups.Tuple.tuple("REVISION_STARTED", 2, "u-6", "Nouvelle région"),
                        org.assertj.core.groups.Tuple.tuple("RETIRED", 1, "u-7", "Projet terminé."));
        assertThat(view.history().get(5).at()).isEqualTo(day(5));
        assertThat(view.updatedAt()).isEqualTo(day(7));
        assertThat(view.version()).isEqualTo(7);
    }

    @Test
    void awaitsReviewOnlyWhileARevisionIsSubmitted() {
        PracticeDetailsView drafted = PracticeDetailsView.drafted(new PracticeDraftedEvent(ID, 1, V1, day(0)), 0,
                "u-0");
        assertThat(drafted.awaitingReview()).isFalse();
        PracticeDetailsView submitted = drafted.submitted(new PracticeSubmittedEvent(ID, 1, day(1)), 1, "u-1");
        assertThat(submitted.awaitingReview()).isTrue();
        assertThat(submitted.returnedForChanges(new PracticeReturnedForChangesEvent(ID, 1, "Préciser.", day(2)), 2,
                "u-2").awaitingReview()).as("sent back to its author").isFalse();
        PracticeDetailsView published = publishedOnce();
        assertThat(published.awaitingReview()).isFalse();
        PracticeDetailsView revised = published.revisionStarted(new PracticeRevisionStartedEvent(ID, 2, 1, V2,
                "Ajout", day(6)), 6, "u-6").submitted(new PracticeSubmittedEvent(ID, 2, day(7)), 7, "u-6");
        assertThat(revised.awaitingReview()).as("a revision of a published practice").isTrue();
        assertThat(revised.publishedForm()).isEqualTo(V1_FIXED);
    }
}
