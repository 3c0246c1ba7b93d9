package qc.logbook.reference;

/** What became of a referral, recorded later to close the loop. */
public enum ReferralOutcome implements Labelled {
    COMPLETED("Complétée", "Completed"),
    DECLINED("Refusée", "Declined"),
    WAITING("En attente", "Waiting"),
    UNKNOWN("Inconnue", "Unknown");

    private final String labelFr;
    private final String labelEn;

    ReferralOutcome(String labelFr, String labelEn) {
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
