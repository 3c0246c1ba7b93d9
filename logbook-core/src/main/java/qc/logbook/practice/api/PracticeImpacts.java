package qc.logbook.practice.api;

import java.util.Set;
import qc.logbook.domain.Sets;

/**
 * Section 13 of the practice form: evaluated and perceived impacts (1,200 characters each) and the impact lists, each
 * with its "Si autres, précisez" (100 characters).
 *
 * @param evaluated Retombées évaluées (objectifs processus)
 * @param perceived Retombées perçues (perception de l'intervention)
 */
public record PracticeImpacts(
        String evaluated,
        String perceived,
        Set<PsychosocialImpact> psychosocial,
        String psychosocialOther,
        Set<EconomicImpact> economic,
        String economicOther,
        Set<HealthImpact> health,
        String healthOther) {

    public static final PracticeImpacts EMPTY = new PracticeImpacts(null, null, null, null, null, null, null, null);

    public PracticeImpacts {
        psychosocial = Sets.enums(PsychosocialImpact.class, psychosocial);
        economic = Sets.enums(EconomicImpact.class, economic);
        health = Sets.enums(HealthImpact.class, health);
    }
}
