package qc.logbook.reference;

/** Need behind a referral. */
public enum ReferralNeed implements Labelled {
    MENTAL_HEALTH("Santé mentale", "Mental health"),
    SENIORS_LOSING_AUTONOMY("Aînés en perte d'autonomie", "Seniors losing autonomy"),
    PHYSICAL_HEALTH("Santé physique", "Physical health"),
    ADDICTION("Dépendances", "Addiction"),
    FOOD_AID("Aide alimentaire", "Food aid"),
    BUDGET_HELP("Aide budgétaire", "Budget help"),
    HOUSING("Logement", "Housing"),
    EMPLOYMENT("Emploi et employabilité", "Employment"),
    EDUCATION("Scolarisation, éducation, formation", "Schooling, education, training"),
    FAMILY_SUPPORT("Soutien aux familles", "Family support"),
    YOUTH_SERVICES("Services jeunesse", "Youth services"),
    RIGHTS_DEFENCE("Défense de droits", "Rights advocacy"),
    TRANSPORT("Transport", "Transport"),
    LEISURE("Loisirs", "Leisure"),
    CLOTHING_AND_GOODS("Vêtements et biens (friperie, ameublement)", "Clothing and goods"),
    OTHER("Autre", "Other");

    private final String labelFr;
    private final String labelEn;

    ReferralNeed(String labelFr, String labelEn) {
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
