package qc.logbook.ele.api;

import qc.logbook.reference.Labelled;

/** Where a project stands with the funding measure. */
public enum ProjectStatus implements Labelled {
    SUBMITTED("Soumis", "Submitted"),
    FUNDED("Financé", "Funded"),
    COMPLETED("Réalisé", "Completed"),
    CANCELLED("Annulé", "Cancelled");

    private final String labelFr;
    private final String labelEn;

    ProjectStatus(String labelFr, String labelEn) {
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
