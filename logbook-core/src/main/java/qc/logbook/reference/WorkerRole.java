package qc.logbook.reference;

/** Role of the worker who logs an intervention. */
public enum WorkerRole implements Labelled {
    HEALTH_NETWORK_PROFESSIONAL("Professionnel du réseau de la santé (CISSS)", "Health network professional (CISSS)"),
    OUTREACH_WORKER("Travailleur de proximité", "Outreach worker"),
    HOUSING_OFFICE_STAFF("Personnel de l'organisme d'habitation", "Housing organisation staff"),
    COMMUNITY_ORGANISATION("Intervenant d'un organisme communautaire", "Community organisation worker");

    private final String labelFr;
    private final String labelEn;

    WorkerRole(String labelFr, String labelEn) {
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
