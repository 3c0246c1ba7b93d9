package qc.logbook.practice.api;

import java.util.Set;
import qc.logbook.domain.Sets;

/**
 * Section 4 of the practice form: the six questions every practice answers (1,000 characters each), the practice
 * descriptions that fit it (categories and their sub-items) and the specific projects it targets.
 *
 * @param origin            Quelle est l’origine du projet?
 * @param coverage          Quelle est l’ampleur de la couverture visée par cette pratique?
 * @param objectives        Quels sont les objectifs visés?
 * @param means             Quels sont les moyens pris?
 * @param perceivedOutcomes Quelles sont les retombées immédiates qualitatives perçues?
 * @param measuredOutcomes  Quelles sont les retombées immédiates mesurées?
 * @param categories        the practice descriptions ticked
 * @param items             their sub-items ticked; each one's category must be ticked too
 * @param other             "Si autres, précisez" (100 characters)
 * @param specificProjects  "Projets spécifiques ciblant"
 * @param specificProjectsOther "Si autres, précisez" of the specific projects (100 characters)
 */
public record PracticeDescription(
        String origin,
        String coverage,
        String objectives,
        String means,
        String perceivedOutcomes,
        String measuredOutcomes,
        Set<PracticeDescriptionCategory> categories,
        Set<PracticeDescriptionItem> items,
        String other,
        Set<SpecificProject> specificProjects,
        String specificProjectsOther) {

    public static final PracticeDescription EMPTY =
            new PracticeDescription(null, null, null, null, null, null, null, null, null, null, null);

    public PracticeDescription {
        categories = Sets.enums(PracticeDescriptionCategory.class, categories);
        items = Sets.enums(PracticeDescriptionItem.class, items);
        specificProjects = Sets.enums(SpecificProject.class, specificProjects);
    }
}
