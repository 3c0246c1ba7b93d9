package qc.logbook.reference;

/** Age groups of the people an intervention reaches (several may apply to a collective one). */
public enum AgeGroup implements Labelled {
    UNDER_18("Moins de 18 ans", "Under 18"),
    AGE_18_34("18 à 34 ans", "18 to 34"),
    AGE_35_64("35 à 64 ans", "35 to 64"),
    AGE_65_PLUS("65 ans et plus", "65 and over");

    private final String labelFr;
    private final String labelEn;

    AgeGroup(String labelFr, String labelEn) {
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
