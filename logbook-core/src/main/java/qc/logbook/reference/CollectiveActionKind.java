package qc.logbook.reference;

/** What a collective intervention supports. */
public enum CollectiveActionKind implements Labelled {
    GROUP_PROJECT("Projets et démarches de groupe", "Group projects and initiatives"),
    TENANT_ASSOCIATION("Association des locataires (ADL)", "Tenant association"),
    COMMITTEE("Comité de locataires ou autre comité", "Tenant or other committee"),
    LOCAL_TEAM("Équipe locale élargie (ÉLÉ) ou concertation", "Local extended team or local consultation"),
    OTHER("Autre action collective", "Other collective action");

    private final String labelFr;
    private final String labelEn;

    CollectiveActionKind(String labelFr, String labelEn) {
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
