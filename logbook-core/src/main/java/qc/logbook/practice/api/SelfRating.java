package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 18 of the practice form: how the people behind a practice rate it themselves, with the definitions the form
 * gives at its end.
 */
public enum SelfRating implements Labelled {
    PORTEUSE("Porteuse", "Proven",
            "Pratique dont le potentiel d’incidence (changements positifs), d’adaptabilité (adaptation et transférabilité"
                    + " au sein de différentes tenures) et de qualité des données est démontré par une efficacité pratique"
                    + " (les locataires et les intervenants constatent/évaluent/considèrent que la pratique procure des"
                    + " avantages réels individuels et collectifs pour les locataires).",
            "A practice whose potential for impact (positive change), adaptability (adaptation and transferability across"
                    + " tenures) and data quality is shown by practical effectiveness (tenants and workers observe, assess"
                    + " or consider that the practice brings real individual and collective benefits to tenants).",
            "On est porté à se dire : « C’est bon, ça marche! »",
            "One tends to think: “It’s good, it works!”"),
    PROMETTEUSE("Prometteuse", "Promising",
            "Pratique qui en est aux premières étapes de la mise en œuvre. Leur potentiel repose sur des fondements"
                    + " expérientiels/théoriques solides et des opinions.",
            "A practice in the first stages of implementation. Its potential rests on solid experiential or theoretical"
                    + " foundations and on opinions.",
            "On est porté à se dire : « Ça devrait être bon, c’est bien fondé et pertinent! »",
            "One tends to think: “It should be good, it is well founded and relevant!”"),
    EMERGENTE("Émergente", "Emerging",
            "Pratique qui fait preuve d’innovation et qui est plutôt contextualisée.",
            "A practice that shows innovation and is rather tied to its context.",
            "On est porté à se dire : « Wow! C’est inspirant, c’est surement bon! »",
            "One tends to think: “Wow! It’s inspiring, it must be good!”");

    private final String labelFr;
    private final String labelEn;
    private final String definitionFr;
    private final String definitionEn;
    private final String taglineFr;
    private final String taglineEn;

    SelfRating(String labelFr, String labelEn, String definitionFr, String definitionEn, String taglineFr,
            String taglineEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.definitionFr = definitionFr;
        this.definitionEn = definitionEn;
        this.taglineFr = taglineFr;
        this.taglineEn = taglineEn;
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The form's definition of this rating, in French. */
    public String definitionFr() {
        return definitionFr;
    }

    public String definitionEn() {
        return definitionEn;
    }

    /** What one tends to say of such a practice, as the form puts it. */
    public String taglineFr() {
        return taglineFr;
    }

    public String taglineEn() {
        return taglineEn;
    }
}
