package qc.logbook.practice.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.domain.Sets;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;

/**
 * One practice as search sees it: its published revision only, with the facet values and the search terms of its
 * name and descriptions. A retired practice keeps its document, marked retired, so that an older event delivered
 * again cannot bring it back (the sequence guard needs the last sequence number it saw).
 *
 * @param keyMessage   the first key message (section 20), shown on result cards
 * @param nameTerms    search terms of the name, repeated as they occur
 * @param textTerms    search terms of the six answers of section 4 and the detailed description
 * @param terms        the distinct terms of both, the indexed field a query matches against (indexes named as
 *                     MongoDB names them by default, as the projection created them before they were declared here)
 * @param lastSequence sequence number of the last event of the practice folded in
 */
@Document(PracticeSearchDocument.COLLECTION)
public record PracticeSearchDocument(
        @Id String id,
        int revision,
        String name,
        String excerpt,
        String keyMessage,
        Set<AdministrativeRegion> regions,
        Set<HealthRegion> healthRegions,
        PracticeTenure tenure,
        Set<PracticeDescriptionCategory> descriptionCategories,
        Set<PracticeDescriptionItem> descriptionItems,
        Set<SpecificProject> specificProjects,
        Set<TargetPopulation> targetPopulations,
        PracticeInterventionType interventionType,
        Set<Partner> partners,
        Set<PsychosocialImpact> psychosocialImpacts,
        Set<EconomicImpact> economicImpacts,
        Set<HealthImpact> healthImpacts,
        SelfRating selfRating,
        Set<SclsCharacteristic> sclsCharacteristics,
        Set<SupportCategory> categories,
        LocalDate startDate,
        Instant publishedAt,
        List<String> nameTerms,
        List<String> textTerms,
        @Indexed(name = "terms_1") List<String> terms,
        @Indexed(name = "retired_1") boolean retired,
        long lastSequence) {

    public static final String COLLECTION = "practice_search";

    public PracticeSearchDocument {
        regions = Sets.enums(AdministrativeRegion.class, regions);
        healthRegions = Sets.enums(HealthRegion.class, healthRegions);
        descriptionCategories = Sets.enums(PracticeDescriptionCategory.class, descriptionCategories);
        descriptionItems = Sets.enums(PracticeDescriptionItem.class, descriptionItems);
        specificProjects = Sets.enums(SpecificProject.class, specificProjects);
        targetPopulations = Sets.enums(TargetPopulation.class, targetPopulations);
        partners = Sets.enums(Partner.class, partners);
        psychosocialImpacts = Sets.enums(PsychosocialImpact.class, psychosocialImpacts);
        economicImpacts = Sets.enums(EconomicImpact.class, economicImpacts);
        healthImpacts = Sets.enums(HealthImpact.class, healthImpacts);
        sclsCharacteristics = Sets.enums(SclsCharacteristic.class, sclsCharacteristics);
        categories = Sets.enums(SupportCategory.class, categories);
        nameTerms = nameTerms == null ? List.of() : List.copyOf(nameTerms);
        textTerms = textTerms == null ? List.of() : List.copyOf(textTerms);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
