package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 11 of the practice form: what is known of the approximate overall cost (several may apply).
 */
public enum CostOption implements Labelled {
    NO_INFORMATION("Je n’ai pas l’information sur le coût de la pratique", "I do not have information on the cost of the practice"),
    FUNDING_OBTAINED("Nous avons obtenu un financement pour cette pratique et voici le montant obtenu", "We obtained funding for this practice, and here is the amount obtained"),
    FUNDING_PACKAGE("Nous avons dû réaliser un montage financier avec plusieurs sources de fonds et voici les sources sollicitées et les montants obtenus", "We had to put together a financial package from several sources, and here are the sources approached and the amounts obtained"),
    TERRITORIAL_CONSIDERATIONS("Il y a des considérations territoriales à cette pratique dont il faut tenir compte dans les coûts (ex. déplacements, location d’espace, embauches saisonnières, etc.)", "There are territorial considerations to take into account in the costs (e.g. travel, space rental, seasonal hiring, etc.)");

    private final String labelFr;
    private final String labelEn;

    CostOption(String labelFr, String labelEn) {
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
