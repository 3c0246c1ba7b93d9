package qc.logbook.reference;

/** Housing tenure of the place where an intervention happens. */
public enum Tenure implements Labelled {
    HLM_OMH("HLM (office municipal d'habitation)", "Public housing (municipal housing office)"),
    OBNL("OBNL d'habitation", "Non-profit housing"),
    COOP("Coopérative d'habitation", "Housing co-operative"),
    OUTSIDE_HOUSING("Hors logement social et communautaire", "Outside social and community housing");

    private final String labelFr;
    private final String labelEn;

    Tenure(String labelFr, String labelEn) {
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
