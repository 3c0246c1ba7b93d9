package qc.logbook.reference;

/** Groups of people an intervention reaches (several may apply). */
public enum TargetGroup implements Labelled {
    YOUTH("Jeunes", "Youth"),
    FAMILIES("Familles", "Families"),
    SINGLE_PARENT_FAMILIES("Familles monoparentales", "Single-parent families"),
    SENIORS("Aînés", "Seniors"),
    SENIORS_LOSING_AUTONOMY("Aînés en perte d'autonomie", "Seniors losing autonomy"),
    PERSONS_ALONE("Personnes seules", "People living alone"),
    MENTAL_HEALTH("Personnes ayant un problème de santé mentale", "People with a mental health problem"),
    PERSONS_WITH_DISABILITIES("Personnes vivant avec un handicap", "People living with a disability"),
    IMMIGRANTS("Personnes immigrantes ou réfugiées", "Immigrants and refugees"),
    ALL_TENANTS("Ensemble des locataires", "All tenants");

    private final String labelFr;
    private final String labelEn;

    TargetGroup(String labelFr, String labelEn) {
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
