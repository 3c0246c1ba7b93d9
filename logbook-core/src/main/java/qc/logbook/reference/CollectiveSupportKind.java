package qc.logbook.reference;

/** Kind of support given to a collective action. */
public enum CollectiveSupportKind implements Labelled {
    MOBILISATION("Mobilisation", "Mobilisation"),
    FACILITATION("Animation", "Facilitation"),
    TRAINING("Formation et ateliers", "Training and workshops"),
    GOVERNANCE_SUPPORT("Soutien à la vie démocratique et au conseil d'administration", "Governance and board support"),
    PROJECT_APPLICATION("Accompagnement dans la demande de projet", "Help with a project application"),
    NEEDS_ASSESSMENT("Évaluation des besoins du milieu", "Assessment of community needs"),
    CONFLICT_MEDIATION("Médiation et gestion des conflits", "Mediation and conflict management"),
    OTHER("Autre", "Other");

    private final String labelFr;
    private final String labelEn;

    CollectiveSupportKind(String labelFr, String labelEn) {
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
