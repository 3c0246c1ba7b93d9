package qc.logbook.practice.api;

import java.util.Set;
import qc.logbook.domain.Sets;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;

/**
 * Search published practices. Values within one facet are alternatives (any of them); facets combine (all of them).
 *
 * @param text words to find in the name and the descriptions, case and accents ignored; blank for all
 * @param page zero-based page number
 * @param size page size
 */
public record SearchPracticesQuery(
        String text,
        Set<AdministrativeRegion> regions,
        Set<HealthRegion> healthRegions,
        Set<PracticeTenure> tenures,
        Set<PracticeDescriptionCategory> descriptionCategories,
        Set<PracticeDescriptionItem> descriptionItems,
        Set<SpecificProject> specificProjects,
        Set<TargetPopulation> targetPopulations,
        Set<PracticeInterventionType> interventionTypes,
        Set<Partner> partners,
        Set<PsychosocialImpact> psychosocialImpacts,
        Set<EconomicImpact> economicImpacts,
        Set<HealthImpact> healthImpacts,
        Set<SelfRating> selfRatings,
        Set<SclsCharacteristic> sclsCharacteristics,
        Set<SupportCategory> categories,
        PracticeSort sort,
        int page,
        int size) {

    public SearchPracticesQuery {
        regions = Sets.enums(AdministrativeRegion.class, regions);
        healthRegions = Sets.enums(HealthRegion.class, healthRegions);
        tenures = Sets.enums(PracticeTenure.class, tenures);
        descriptionCategories = Sets.enums(PracticeDescriptionCategory.class, descriptionCategories);
        descriptionItems = Sets.enums(PracticeDescriptionItem.class, descriptionItems);
        specificProjects = Sets.enums(SpecificProject.class, specificProjects);
        targetPopulations = Sets.enums(TargetPopulation.class, targetPopulations);
        interventionTypes = Sets.enums(PracticeInterventionType.class, interventionTypes);
        partners = Sets.enums(Partner.class, partners);
        psychosocialImpacts = Sets.enums(PsychosocialImpact.class, psychosocialImpacts);
        economicImpacts = Sets.enums(EconomicImpact.class, economicImpacts);
        healthImpacts = Sets.enums(HealthImpact.class, healthImpacts);
        selfRatings = Sets.enums(SelfRating.class, selfRatings);
        sclsCharacteristics = Sets.enums(SclsCharacteristic.class, sclsCharacteristics);
        categories = Sets.enums(SupportCategory.class, categories);
        sort = sort == null ? PracticeSort.RELEVANCE : sort;
    }

    /**
     * A search with no filter on description items, specific projects or impacts (the facets that callers listing
     * practices, rather than searching them, leave alone).
     */
    public SearchPracticesQuery(String text, Set<AdministrativeRegion> regions, Set<HealthRegion> healthRegions,
            Set<PracticeTenure> tenures, Set<PracticeDescriptionCategory> descriptionCategories,
            Set<TargetPopulation> targetPopulations, Set<PracticeInterventionType> interventionTypes,
            Set<Partner> partners, Set<SelfRating> selfRatings, Set<SclsCharacteristic> sclsCharacteristics,
            Set<SupportCategory> categories, PracticeSort sort, int page, int size) {
        this(text, regions, healthRegions, tenures, descriptionCategories, null, null, targetPopulations,
                interventionTypes, partners, null, null, null, selfRatings, sclsCharacteristics, categories, sort,
                page, size);
    }

    /** Everything, first page, by relevance. */
    public static SearchPracticesQuery text(String text) {
        return new SearchPracticesQuery(text, null, null, null, null, null, null, null, null, null, null, null, 0, 20);
    }
}
