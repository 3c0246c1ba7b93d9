package qc.logbook.security;

import qc.logbook.reference.Labelled;

/** What a user may do; territories narrow it further (see {@link CurrentUser}). */
public enum Role implements Labelled {
    /** Records interventions; reads those of their own territories. */
    WORKER("Intervenant", "Worker"),
    /** Everything in their territories, local teams (ÉLÉ) and funding. */
    COORDINATOR("Coordonnateur régional", "Regional coordinator"),
    /** Read-only: dashboards, de-identified exports, "as of" replays; never a tenant reference or a note. */
    EVALUATOR("Évaluateur (recherche)", "Evaluator (research)"),
    /** Rebuilds read models, erases personal data, manages users. */
    ADMIN("Administrateur", "Administrator");

    private final String labelFr;
    private final String labelEn;

    Role(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String authority() {
        return "ROLE_" + name();
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
