package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/** Where a practice, or one of its revisions, stands in the review lifecycle. */
public enum PracticeStatus implements Labelled {
    DRAFT("Brouillon", "Draft"),
    SUBMITTED("Soumise", "Submitted"),
    PUBLISHED("Publiée", "Published"),
    /** A published revision replaced by a newer one. */
    SUPERSEDED("Remplacée", "Superseded"),
    /** A revision dropped when its practice was retired before it was published. */
    ABANDONED("Abandonnée", "Abandoned"),
    RETIRED("Retirée", "Retired");

    private final String labelFr;
    private final String labelEn;

    PracticeStatus(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
