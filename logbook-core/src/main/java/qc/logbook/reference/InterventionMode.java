package qc.logbook.reference;

/** Whether an intervention supports one person or a group. */
public enum InterventionMode implements Labelled {
    INDIVIDUAL("Intervention individuelle", "Individual intervention"),
    COLLECTIVE("Intervention collective", "Collective intervention");

    private final String labelFr;
    private final String labelEn;

    InterventionMode(String labelFr, String labelEn) {
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
