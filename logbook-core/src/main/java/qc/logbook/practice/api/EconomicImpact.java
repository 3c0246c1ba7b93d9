package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 13 of the practice form: economic impacts ("Retombées économiques").
 */
public enum EconomicImpact implements Labelled {
    INCOME("Retombée associée au revenu", "Impact on income"),
    EMPLOYMENT("Retombées associées à l’emploi", "Impacts on employment"),
    PRODUCTIVITY("Retombées associées à la productivité – à la croissance économique", "Impacts on productivity – economic growth"),
    ABILITY_TO_PAY_RENT("Retombées sur la capacité à payer le loyer", "Impacts on the ability to pay the rent"),
    HEALTH_COSTS("Retombées associées à la santé (physique- activités à moindres coûts)", "Health-related impacts (physical - lower-cost activities)"),
    FOOD_SECURITY("Retombées associées à la sécurité alimentaire et accès aux aliments sains", "Impacts on food security and access to healthy food");

    private final String labelFr;
    private final String labelEn;

    EconomicImpact(String labelFr, String labelEn) {
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
