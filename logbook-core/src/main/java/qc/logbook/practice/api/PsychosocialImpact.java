package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 13 of the practice form: psychosocial impacts ("Retombées psychosociales").
 */
public enum PsychosocialImpact implements Labelled {
    AUTONOMY("Autonomie", "Autonomy"),
    INDIVIDUAL_EMPOWERMENT("Pouvoir d’agir individuel", "Individual empowerment"),
    COLLECTIVE_EMPOWERMENT("Pouvoir d’agir collectif", "Collective empowerment"),
    WELL_BEING("Bien-être", "Well-being"),
    SOCIAL_NETWORK_SIZE("Réseau social (taille)", "Social network (size)"),
    SOCIAL_NETWORK_SUPPORT("Réseau social (sources de soutien informationnel, émotionnel, instrumental-tangible, estime de soi, appartenance)", "Social network (sources of informational, emotional, instrumental-tangible support, self-esteem, belonging)"),
    QUALITY_OF_LIFE("Qualité de vie", "Quality of life"),
    EDUCATION_KNOWLEDGE("Éducation, connaissances", "Education, knowledge"),
    SOCIAL_INTEGRATION("Intégration sociale et participation dans le milieu de vie", "Social integration and participation in the living environment"),
    COMMUNITY_PARTICIPATION("Participation dans la communauté / relations avec l’externe, en dehors du milieu de vie", "Participation in the community / relations outside the living environment"),
    MUTUAL_AID("Entraide et aide mutuelle", "Mutual aid"),
    SOLIDARITY("Solidarité", "Solidarity");

    private final String labelFr;
    private final String labelEn;

    PsychosocialImpact(String labelFr, String labelEn) {
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
