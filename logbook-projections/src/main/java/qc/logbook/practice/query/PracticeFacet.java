package qc.logbook.practice.query;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.SupportCategory;

/**
 * The facets of practice search: for each, its request parameter, its taxonomy, the values a document has and the
 * values a query selects.
 */
public enum PracticeFacet {
    REGION("region", "Région administrative", "Administrative region", AdministrativeRegion.values(),
            PracticeSearchDocument::regions, SearchPracticesQuery::regions),
    HEALTH_REGION("healthRegion", "Région sanitaire", "Health region", HealthRegion.values(),
            PracticeSearchDocument::healthRegions, SearchPracticesQuery::healthRegions),
    TENURE("tenure", "Tenure", "Tenure", PracticeTenure.values(),
            d -> optional(d.tenure()), SearchPracticesQuery::tenures),
    DESCRIPTION_CATEGORY("descriptionCategory", "Description de la pratique", "Practice description",
            PracticeDescriptionCategory.values(), PracticeSearchDocument::descriptionCategories,
            SearchPracticesQuery::descriptionCategories),
    DESCRIPTION_ITEM("descriptionItem", "Précisions de la description", "Practice description details",
            PracticeDescriptionItem.values(), PracticeSearchDocument::descriptionItems,
            SearchPracticesQuery::descriptionItems),
    SPECIFIC_PROJECT("specificProject", "Projets spécifiques", "Specific projects", SpecificProject.values(),
            PracticeSearchDocument::specificProjects, SearchPracticesQuery::specificProjects),
    TARGET_POPULATION("targetPopulation", "Population cible", "Target population", TargetPopulation.values(),
            PracticeSearchDocument::targetPopulations, SearchPracticesQuery::targetPopulations),
    INTERVENTION_TYPE("interventionType", "Intervention individuelle et/ou collective",
            "Individual and/or collective intervention", PracticeInterventionType.values(),
            d -> optional(d.interventionType()), SearchPracticesQuery::interventionTypes),
    PARTNER("partner", "Partenaires", "Partners", Partner.values(),
            PracticeSearchDocument::partners, SearchPracticesQuery::partners),
    PSYCHOSOCIAL_IMPACT("psychosocialImpact", "Retombées psychosociales", "Psychosocial impacts",
            PsychosocialImpact.values(), PracticeSearchDocument::psychosocialImpacts,
            SearchPracticesQuery::psychosocialImpacts),
    ECONOMIC_IMPACT("economicImpact", "Retombées économiques", "Economic impacts", EconomicImpact.values(),
            PracticeSearchDocument::economicImpacts, SearchPracticesQuery::economicImpacts),
    HEALTH_IMPACT("healthImpact", "Retombées sur la santé physique et mentale", "Physical and mental health impacts",
            HealthImpact.values(), PracticeSearchDocument::healthImpacts, SearchPracticesQuery::healthImpacts),
    SELF_RATING("selfRating", "Auto-caractérisation", "Self-rating", SelfRating.values(),
            d -> optional(d.selfRating()), SearchPracticesQuery::selfRatings),
    SCLS_CHARACTERISTIC("sclsCharacteristic", "Caractéristique du SCLS", "SCLS characteristic",
            SclsCharacteristic.values(), PracticeSearchDocument::sclsCharacteristics,
            SearchPracticesQuery::sclsCharacteristics),
    CATEGORY("category", "Catégorie", "Category", SupportCategory.values(),
            PracticeSearchDocument::categories, SearchPracticesQuery::categories);

    private final String parameter;
    private final String labelFr;
    private final String labelEn;
    private final List<? extends Enum<?>> taxonomy;
    private final Function<PracticeSearchDocument, Set<? extends Enum<?>>> documentValues;
    private final Function<SearchPracticesQuery, Set<? extends Enum<?>>> selectedValues;

    <E extends Enum<E> & Labelled> PracticeFacet(String parameter, String labelFr, String labelEn, E[] taxonomy,
            Function<PracticeSearchDocument, Set<? extends Enum<?>>> documentValues,
            Function<SearchPracticesQuery, Set<? extends Enum<?>>> selectedValues) {
        this.parameter = parameter;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.taxonomy = Arrays.asList(taxonomy);
        this.documentValues = documentValues;
        this.selectedValues = selectedValues;
    }

    /** The request parameter that filters on this facet, and the facet's key in responses. */
    public String parameter() {
        return parameter;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Every value of the facet's taxonomy, in the form's order. */
    public List<? extends Enum<?>> taxonomy() {
        return taxonomy;
    }

    Set<? extends Enum<?>> valuesOf(PracticeSearchDocument document) {
        return documentValues.apply(document);
    }

    Set<? extends Enum<?>> selectedIn(SearchPracticesQuery query) {
        return selectedValues.apply(query);
    }

    /** Whether a document passes this facet's filter: no value selected, or one of its values selected. */
    boolean accepts(PracticeSearchDocument document, SearchPracticesQuery query) {
        Set<? extends Enum<?>> selected = selectedIn(query);
        if (selected.isEmpty()) {
            return true;
        }
        for (Enum<?> value : valuesOf(document)) {
            if (selected.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<? extends Enum<?>> optional(Enum<?> value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
