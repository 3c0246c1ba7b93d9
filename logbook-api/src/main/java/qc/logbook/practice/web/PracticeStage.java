package qc.logbook.practice.web;

import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.query.PracticeDetailsView;

/**
 * Where a practice stands for its author, in the glossary's words: brouillon, soumise, publiée, retirée, retournée
 * pour modification. A published practice with a revision under way is still published (that revision is what
 * everyone sees); the page then also says where the revision stands.
 */
public enum PracticeStage {
    DRAFT, SUBMITTED, PUBLISHED, RETIRED, RETURNED;

    public static PracticeStage of(PracticeDetailsView view) {
        if (view.status() == PracticeStatus.RETIRED) {
            return RETIRED;
        }
        if (view.publishedRevision() != null) {
            return PUBLISHED;
        }
        return working(view);
    }

    /** The stage of the revision under way, or of the practice when none is. */
    public static PracticeStage working(PracticeDetailsView view) {
        PracticeDetailsView.RevisionView working = view.working();
        if (working == null) {
            return view.status() == PracticeStatus.RETIRED ? RETIRED : PUBLISHED;
        }
        if (working.status() == PracticeStatus.SUBMITTED) {
            return SUBMITTED;
        }
        return working.returns().isEmpty() ? DRAFT : RETURNED;
    }

    /** The reviewer's last comment on the revision under way, when it was sent back. */
    public static String lastReturnComment(PracticeDetailsView view) {
        PracticeDetailsView.RevisionView working = view.working();
        if (working == null || working.returns().isEmpty() || working.status() != PracticeStatus.DRAFT) {
            return null;
        }
        return working.returns().get(working.returns().size() - 1).comment();
    }

    /** The name to show: the revision under way's, else the published one's. */
    public static String name(PracticeDetailsView view) {
        PracticeDetailsView.RevisionView working = view.working();
        if (working != null && working.form() != null && working.form().name() != null) {
            return working.form().name();
        }
        return view.publishedForm() == null ? null : view.publishedForm().name();
    }
}
