package qc.logbook.reference;

/** The four categories of community support of the reference framework (Cadre de référence, 2007). */
public enum SupportCategory implements Labelled {
    COLLECTIVE_LIFE("Soutien à la vie collective, associative et communautaire", "Support for collective, associative and community life"),
    RIGHTS_AND_RESPONSIBILITIES("Soutien dans l’exercice des droits individuels et collectifs ainsi que des responsabilités civiques", "Support in exercising individual and collective rights and civic responsibilities"),
    INFORMATION_AND_REFERRAL("Soutien concernant les besoins d’information et de référencement", "Support for information and referral needs"),
    HELPING_RELATIONSHIP("Soutien d’activités de relation d’aide", "Support through helping-relationship activities");

    private final String labelFr;
    private final String labelEn;

    SupportCategory(String labelFr, String labelEn) {
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
