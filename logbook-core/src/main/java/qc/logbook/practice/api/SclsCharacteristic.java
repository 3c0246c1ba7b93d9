package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 16 of the practice form: characteristics of community support in social housing (SCLS, soutien
 * communautaire en logement social); a practice names at most three.
 */
public enum SclsCharacteristic implements Labelled {
    LIVING_CONDITIONS("Amélioration des conditions de vie / de la qualité du milieu de vie", "Better living conditions / quality of the living environment"),
    TENANT_INVOLVEMENT("Développement de l’implication des locataires dans les décisions", "Greater involvement of tenants in decisions"),
    EMPOWERMENT("Renforcement du pouvoir d’agir individuel et collectif", "Stronger individual and collective empowerment"),
    SOCIAL_PARTICIPATION("Amélioration de la participation sociale", "Better social participation"),
    CIVIC_PARTICIPATION("Amélioration de la participation citoyenne", "Better civic participation"),
    REDUCED_ISOLATION("Réduction l’isolement social", "Less social isolation"),
    PREVENTION("Prévenir l’aggravation de problèmes sociaux et de santé", "Preventing social and health problems from getting worse"),
    BRIDGES_TO_COMMUNITY("Création de ponts avec la communauté environnante et favoriser l’accès aux services", "Building bridges with the surrounding community and easing access to services"),
    SOCIAL_TIES("Création et maintien de liens sociaux", "Creating and maintaining social ties"),
    RESIDENTIAL_STABILITY("Stabilité résidentielle", "Residential stability"),
    FEWER_EMERGENCY_SERVICES("Diminution des recours aux ressources et services d’urgences et aux hébergements publics", "Less use of emergency resources and services and of public shelters");

    private final String labelFr;
    private final String labelEn;

    SclsCharacteristic(String labelFr, String labelEn) {
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
