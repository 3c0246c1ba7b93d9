package qc.logbook.practice.api;

import qc.logbook.reference.Labelled;

/**
 * Section 13 of the practice form: impacts on physical and mental health ("Retombées sur la santé physique et mentale").
 */
public enum HealthImpact implements Labelled {
    RESIDENTIAL_STABILITY("Sécurité et stabilité résidentielle", "Residential security and stability"),
    HEALTH_AND_MENTAL_HEALTH("Santé et santé mentale", "Health and mental health"),
    HEALTH_BEHAVIOUR_INTENTIONS("Intentions de comportements de santé", "Health behaviour intentions"),
    HEALTH_BEHAVIOURS("Comportements de santé (habitudes de vie, sommeil, nutrition, activité physique, stress)", "Health behaviours (lifestyle, sleep, nutrition, physical activity, stress)"),
    HEALTH_EDUCATION("Éducation à la santé/connaissances", "Health education/knowledge"),
    MENTAL_HEALTH("Santé mentale (anxiété, dépression, désordres médicaux neurologiques ou psychologiques)", "Mental health (anxiety, depression, neurological or psychological medical disorders)"),
    ACCESS_TO_HEALTH("Accès à la santé", "Access to health care"),
    VIOLENCE("Comportements et contextes de violence", "Violent behaviours and contexts"),
    RISK_FACTOR_PREVENTION("Prévention des facteurs de risque", "Prevention of risk factors"),
    CULTURAL_INTEGRATION("Intégration culturelle", "Cultural integration");

    private final String labelFr;
    private final String labelEn;

    HealthImpact(String labelFr, String labelEn) {
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
