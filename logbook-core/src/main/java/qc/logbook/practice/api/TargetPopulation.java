package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 5 of the practice form: the target populations of a practice (several may apply).
 */
public enum TargetPopulation implements Labelled {
    YOUNG_FAMILIES("Jeunes familles (avec personnes à charge)", "Young families (with dependants)"),
    SENIORS_SLIGHT_LOSS_OF_AUTONOMY("Personne âgée en légère perte d'autonomie", "Seniors with a slight loss of autonomy"),
    ADULTS_LIVING_ALONE("Adultes-Personnes seules", "Adults - people living alone"),
    ALL_GROUPS_INTERGENERATIONAL("Tous les groupes de personnes / volet intergénérationnel", "All groups of people / intergenerational"),
    WIDER_LOCAL_COMMUNITY("Communauté locale élargie", "Wider local community"),
    SPECIFIC_GROUPS("Groupes spécifiques (si c’est le cas, spécifiquement)", "Specific groups (if so, specifically)"),
    SOCIETY("Société en général", "Society in general"),
    LOW_INCOME_FAMILIES("Familles à faible revenu", "Low-income families"),
    SINGLE_PARENT_FAMILIES("Famille monoparentale", "Single-parent families"),
    INTEGRATION_DIFFICULTIES("Personnes ou groupes avec des difficultés d'intégration, d’exclusion sociale ou défis de cohabitation", "People or groups with integration difficulties, social exclusion or cohabitation challenges"),
    ETHNOCULTURAL_DIFFICULTIES("Personnes ou groupes vivant avec des difficultés liées à l'origine ethnoculturelle, comme du harcèlement ou du racisme; (personnes-familles immigrantes, réfugiées, etc.)", "People or groups facing difficulties related to ethnocultural origin, such as harassment or racism (immigrant or refugee people and families, etc.)"),
    MENTAL_HEALTH("Personne souffrant de santé mentale (présence d'un trouble de santé mentale, de dépendance)", "People with mental health problems (a mental health disorder, an addiction)"),
    HOMELESS_OR_AT_RISK("Personne itinérante ou à risque", "People experiencing or at risk of homelessness"),
    DISABILITY("Personne vivant avec un handicap (déficience physique, déficience intellectuelle ou trouble du spectre de l'autisme)", "People living with a disability (physical or intellectual disability, autism spectrum disorder)"),
    INDIGENOUS("Personnes ou groupes issus des peuples autochtones", "Indigenous people or groups"),
    TWO_SPIRIT_LGBTQ("Personnes ou groupes issus de la population 2LGBTQ+", "2SLGBTQ+ people or groups"),
    MULTIPLE_PROBLEMS("Personnes ou groupes avec des problèmes multiples", "People or groups with multiple problems"),
    VISIBLE_MINORITIES("Personnes issues de groupes minoritaires visibles", "People from visible minority groups");

    private final String labelFr;
    private final String labelEn;

    TargetPopulation(String labelFr, String labelEn) {
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
