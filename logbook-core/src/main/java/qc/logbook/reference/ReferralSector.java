package qc.logbook.reference;

/** Sector of the resource a tenant is referred to. */
public enum ReferralSector implements Labelled {
    HEALTH_AND_SOCIAL_SERVICES("Services de santé et services sociaux (CISSS)", "Health and social services (CISSS)"),
    COMMUNITY_ORGANISATION("Organisme communautaire", "Community organisation"),
    MUNICIPAL("Services municipaux", "Municipal services"),
    OTHER("Autre", "Other");

    private final String labelFr;
    private final String labelEn;

    ReferralSector(String labelFr, String labelEn) {
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
