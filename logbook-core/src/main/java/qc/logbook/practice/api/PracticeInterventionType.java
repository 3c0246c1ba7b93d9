package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 6 of the practice form: whether the practice is individual, collective or both.
 */
public enum PracticeInterventionType implements Labelled {
    INDIVIDUAL("Intervention individuelle", "Individual intervention"),
    COLLECTIVE("Intervention collective", "Collective intervention"),
    BOTH("Les deux", "Both");

    private final String labelFr;
    private final String labelEn;

    PracticeInterventionType(String labelFr, String labelEn) {
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
