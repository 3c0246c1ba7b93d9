package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 4 of the practice form: the top-level practice descriptions. Each has sub-items
 * ({@link PracticeDescriptionItem}), except the support in using local and external resources, which stands alone.
 */
public enum PracticeDescriptionCategory implements Labelled {
    INTEGRATION("Soutien à l’intégration dans le milieu de vie", "Support for integration into the living environment"),
    RIGHTS("Soutien à l’exercice de droits individuels et collectifs et des responsabilités civiles (démarches liées aux déterminants, aux droits, etc.)", "Support in exercising individual and collective rights and civil responsibilities (steps related to determinants, rights, etc.)"),
    INFORMATION_AND_REFERRAL("Soutien aux besoins d’informations sur les ressources et aiguillage", "Support for information needs about resources, and referral"),
    USE_OF_RESOURCES("Soutien dans l’utilisation des ressources locales et externes (accompagnement dans les ressources pour limiter la stigmatisation et encourager le recours)", "Support in using local and external resources (accompanying people to resources to limit stigma and encourage their use)"),
    PSYCHOSOCIAL("Soutien psychosocial de type relation d‘aide", "Psychosocial support (helping relationship)"),
    COLLECTIVE_LIFE("Soutien à la vie collective, associative et communautaire", "Support for collective, associative and community life");

    private final String labelFr;
    private final String labelEn;

    PracticeDescriptionCategory(String labelFr, String labelEn) {
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
