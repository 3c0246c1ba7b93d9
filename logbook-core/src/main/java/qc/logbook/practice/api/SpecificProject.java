package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 4 of the practice form: "Projets spécifiques ciblant", the specific projects a practice targets.
 */
public enum SpecificProject implements Labelled {
    GREENHOUSES("Serres - Activités de type alimentaire", "Greenhouses - food activities"),
    COLLECTIVE_GARDENS("Jardins collectifs – Activités de type alimentaire", "Collective gardens – food activities"),
    FOOD_BANKS("Banques alimentaires – Activité de type alimentaire", "Food banks – food activity"),
    COLLECTIVE_KITCHENS("Cuisines collectives et services alimentaires", "Collective kitchens and food services"),
    ACTIVE_LIVING("Services d’animation vie active", "Active-living animation services"),
    MEMBER_EDUCATION("Éducation et formation pour les membres dans la gestion, l’organisation de la vie sociale, collective et communautaire", "Education and training for members in managing and organising social, collective and community life"),
    INDIVIDUAL_CAPACITIES("Éducation, formation et ateliers visant les capacités comme les comportements et aptitudes individuels", "Education, training and workshops on capacities such as individual behaviours and skills"),
    HEALTH_AND_AUTONOMY("Éducation, formation et ateliers en lien avec la santé, le maintien de l’autonomie et la prévention", "Education, training and workshops on health, maintaining autonomy and prevention"),
    PSYCHOSOCIAL("Éducation, formation et ateliers en lien avec le psychosocial", "Education, training and workshops on psychosocial matters"),
    CLIMATE_ADAPTATION("Des mesures d'adaptation aux changements climatiques", "Climate change adaptation measures");

    private final String labelFr;
    private final String labelEn;

    SpecificProject(String labelFr, String labelEn) {
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
