package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 4 of the practice form: the sub-items of the practice descriptions. Each belongs to one
 * {@link PracticeDescriptionCategory}, its {@link #category()}.
 */
public enum PracticeDescriptionItem implements Labelled {
    INTEGRATION_DOCUMENTS("Transmission et éducation sur des documents importants en lien avec le milieu de vie", "Passing on and explaining important documents about the living environment", PracticeDescriptionCategory.INTEGRATION),
    INTEGRATION_INITIAL_MEETING("Rencontre initiale-besoins", "Initial meeting on needs", PracticeDescriptionCategory.INTEGRATION),
    INTEGRATION_VISIT("Accompagnement dans la visite des lieux, rencontre des comités, etc.", "Accompanying the visit of the premises, meeting the committees, etc.", PracticeDescriptionCategory.INTEGRATION),
    INTEGRATION_COLLECTIVE_LIFE("Intégration à la vie collective", "Integration into collective life", PracticeDescriptionCategory.INTEGRATION),
    RIGHTS_INFORMATION("Information sur les droits et responsabilités", "Information on rights and responsibilities", PracticeDescriptionCategory.RIGHTS),
    RIGHTS_BUILDING_RULES("Information sur les règlements d’immeuble", "Information on building rules", PracticeDescriptionCategory.RIGHTS),
    RIGHTS_BUDGET("Appui à la gestion de budget avec un partenaire local ou sans", "Help with budget management, with or without a local partner", PracticeDescriptionCategory.RIGHTS),
    RIGHTS_OTHER("Autre (démarches liées aux déterminants, aux droits, etc.)", "Other (steps related to determinants, rights, etc.)", PracticeDescriptionCategory.RIGHTS),
    INFO_COMMUNITY_ORGANISATIONS("Services des organismes communautaires avoisinants", "Services of nearby community organisations", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_MUNICIPAL("Services municipaux", "Municipal services", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_HEALTH("Services de la santé", "Health services", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_SOCIAL("Services sociaux", "Social services", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_SCHOOLING("Scolarisation, éducation, formation", "Schooling, education, training", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_EMPLOYABILITY("Employabilité", "Employability", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_FOOD("Besoins de base alimentation", "Basic needs: food", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_CLOTHING_AND_GOODS("Besoins de base en vêtements et biens (friperie, ameublement, etc.)", "Basic needs: clothing and goods (thrift shop, furniture, etc.)", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_LEISURE("Loisirs", "Leisure", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_RIGHTS_ADVOCACY("Défense de droits", "Rights advocacy", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_TRANSPORT("Transport", "Transport", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    INFO_OTHER("Autre", "Other", PracticeDescriptionCategory.INFORMATION_AND_REFERRAL),
    PSYCHOSOCIAL_OUTREACH("Repérage, prise de contact, première évaluation", "Outreach, first contact, first assessment", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_LISTENING("Soutien psychosocial – écoute, reflet, identification des besoins, des forces et des ressources à mobiliser", "Psychosocial support – listening, reflecting, identifying needs, strengths and resources to mobilise", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_EMOTIONAL("Appui émotionnel", "Emotional support", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_INSTRUMENTAL("Appui instrumental en lien avec les déterminants ou des besoins précis", "Instrumental support related to determinants or specific needs", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_COLLECTIVE_AWARENESS("Écoute et plan d’action visant une prise de conscience collective et un soutien collectif / référencement à des groupes communautaires de soutien", "Listening and action plan towards collective awareness and collective support / referral to community support groups", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_REFERRAL("Aiguillage", "Referral", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_CRISIS("Intervention de crise (individuelle)", "Crisis intervention (individual)", PracticeDescriptionCategory.PSYCHOSOCIAL),
    PSYCHOSOCIAL_MEDIATION("Médiation des relations, intervention d’appartenance, gestion des conflits", "Relationship mediation, belonging intervention, conflict management", PracticeDescriptionCategory.PSYCHOSOCIAL),
    COLLECTIVE_LOCAL_CONCERTATION("Concertation locale et réseautage communautaire", "Local concertation and community networking", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_NEEDS_ASSESSMENT("Évaluation des besoins du milieu", "Assessment of the community’s needs", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_COMMITTEES("Mobilisation et soutien aux comités internes et aux associations internes", "Mobilising and supporting internal committees and associations", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_BOARD("Soutien à la direction et au conseil d’administration", "Support to management and the board of directors", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_PROJECT_APPLICATION("Accompagnement dans la demande de projet", "Help with project applications", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_AWARENESS_TRAINING("Organisation de formation, ateliers pour information, sensibilisation", "Organising training and workshops for information and awareness", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_CAPACITY_TRAINING("Organisation de formation pour le renforcement des capacités", "Organising capacity-building training", PracticeDescriptionCategory.COLLECTIVE_LIFE),
    COLLECTIVE_SOCIALISATION("Interventions de type socialisation pour briser l’isolement (activités sociales et récréatives)", "Socialisation interventions to break isolation (social and recreational activities)", PracticeDescriptionCategory.COLLECTIVE_LIFE);

    private final String labelFr;
    private final String labelEn;
    private final PracticeDescriptionCategory category;

    PracticeDescriptionItem(String labelFr, String labelEn, PracticeDescriptionCategory category) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.category = category;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The practice description this sub-item details. */
    public PracticeDescriptionCategory category() {
        return category;
    }
}
