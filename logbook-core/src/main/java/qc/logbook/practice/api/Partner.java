package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 10 of the practice form: partners and intersectoral action (several may apply).
 */
public enum Partner implements Labelled {
    HEALTH_AND_SOCIAL_SERVICES("Réseau de la santé et des services sociaux", "Health and social services network"),
    ADULT_EDUCATION("Éducation aux adultes", "Adult education"),
    EMPLOYABILITY_GROUPS("Groupes d’employabilité", "Employability groups"),
    ACEF("ACEF", "ACEF (family economics co-operative association)"),
    FOOD_BANK("Banque alimentaire", "Food bank"),
    SERVICE_COOPERATIVES("Coopératives de services", "Service co-operatives"),
    MINISTRIES("Ministères", "Government departments"),
    MUNICIPALITY("Municipalité", "Municipality"),
    YOUTH_CENTRE("Maison de Jeune", "Youth centre"),
    YOUTH_PROTECTION_CENTRE("Centre Jeunesse", "Youth protection centre (Centre jeunesse)"),
    SCHOOL("École", "School"),
    CHILDCARE_CENTRE("CPE", "Childcare centre (CPE)"),
    SOCIAL_MOVEMENTS("Mouvements sociaux (ex. groupe d’action sur le climat, groupe d’action pour le Zéro déchet, groupe écologique, etc.)", "Social movements (e.g. climate action group, zero-waste action group, environmental group, etc.)");

    private final String labelFr;
    private final String labelEn;

    Partner(String labelFr, String labelEn) {
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
