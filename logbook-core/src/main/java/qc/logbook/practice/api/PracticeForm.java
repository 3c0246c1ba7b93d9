package qc.logbook.practice.api;

import java.time.LocalDate;
import java.util.Set;
import qc.logbook.domain.Sets;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;

/**
 * The whole practice form ("Formulaire de recherche de pratiques"), its twenty sections. A revision replaces the whole
 * form, so the same type serves drafting and revising. Limits are in {@link PracticeLimits}; the aggregate enforces
 * them. Absent sets become empty sets and absent sub-sections empty ones, so two forms saying the same thing are equal.
 *
 * @param name                     1. Nom de la pratique
 * @param regions                  2. Régions administratives
 * @param healthRegions            2. Régions sanitaires (si connue)
 * @param tenure                   3. Tenure
 * @param tenurePrecision          3. Précisez si inter-tenure, only with several tenures
 * @param description              4. Description de la pratique
 * @param targetPopulations        5. Population cible
 * @param targetPopulationsOther   5. Si autres, précisez
 * @param interventionType         6. Intervention individuelle et/ou collective
 * @param detailedDescription      7. Description détaillée de la pratique de soutien communautaire (optional)
 * @param startDate                8. Début de l’initiative
 * @param durationMonths           8. Durée en mois
 * @param winningConditions        9. Conditions gagnantes
 * @param partners                 10. Partenaires / Action intersectorielle
 * @param partnerMinistries        10. Nom du ou des ministères, only with the ministries partner
 * @param partnersOther            10. Si autres, précisez
 * @param costOptions              11. Coût global approximatif
 * @param costDetails              11. the amount obtained, or the sources approached and the amounts obtained
 * @param evaluation               12. Évaluation de mise en œuvre
 * @param impacts                  13. Retombées évaluées ou perçues, and the impact lists
 * @param changesToMake            14. Changements à apporter
 * @param transferableTools        15. Outils / produits transférables
 * @param sclsCharacteristics      16. Caractéristiques du SCLS (at most three, counting "other")
 * @param sclsCharacteristicsOther 16. Si autres, précisez
 * @param categories               17. Catégories
 * @param categoriesOther          17. Si autres, précisez
 * @param selfRating               18. Auto-caractérisation de la pratique
 * @param peopleInvolved           19. Personnes directement impliquées dans la pratique
 * @param keyMessage1              20. Message clé 1
 * @param keyMessage2              20. Message clé 2
 */
public record PracticeForm(
        String name,
        Set<AdministrativeRegion> regions,
        Set<HealthRegion> healthRegions,
        PracticeTenure tenure,
        String tenurePrecision,
        PracticeDescription description,
        Set<TargetPopulation> targetPopulations,
        String targetPopulationsOther,
        PracticeInterventionType interventionType,
        String detailedDescription,
        LocalDate startDate,
        Integer durationMonths,
        String winningConditions,
        Set<Partner> partners,
        String partnerMinistries,
        String partnersOther,
        Set<CostOption> costOptions,
        String costDetails,
        PracticeEvaluation evaluation,
        PracticeImpacts impacts,
        String changesToMake,
        String transferableTools,
        Set<SclsCharacteristic> sclsCharacteristics,
        String sclsCharacteristicsOther,
        Set<SupportCategory> categories,
        String categoriesOther,
        SelfRating selfRating,
        String peopleInvolved,
        String keyMessage1,
        String keyMessage2) {

    public PracticeForm {
        regions = Sets.enums(AdministrativeRegion.class, regions);
        healthRegions = Sets.enums(HealthRegion.class, healthRegions);
        description = description == null ? PracticeDescription.EMPTY : description;
        targetPopulations = Sets.enums(TargetPopulation.class, targetPopulations);
        partners = Sets.enums(Partner.class, partners);
        costOptions = Sets.enums(CostOption.class, costOptions);
        evaluation = evaluation == null ? PracticeEvaluation.EMPTY : evaluation;
        impacts = impacts == null ? PracticeImpacts.EMPTY : impacts;
        sclsCharacteristics = Sets.enums(SclsCharacteristic.class, sclsCharacteristics);
        categories = Sets.enums(SupportCategory.class, categories);
    }

    /** A form with only a name, the least a draft needs. */
    public static PracticeForm named(String name) {
        return builder().name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this form, to change a few fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.regions = regions;
        b.healthRegions = healthRegions;
        b.tenure = tenure;
        b.tenurePrecision = tenurePrecision;
        b.description = description;
        b.targetPopulations = targetPopulations;
        b.targetPopulationsOther = targetPopulationsOther;
        b.interventionType = interventionType;
        b.detailedDescription = detailedDescription;
        b.startDate = startDate;
        b.durationMonths = durationMonths;
        b.winningConditions = winningConditions;
        b.partners = partners;
        b.partnerMinistries = partnerMinistries;
        b.partnersOther = partnersOther;
        b.costOptions = costOptions;
        b.costDetails = costDetails;
        b.evaluation = evaluation;
        b.impacts = impacts;
        b.changesToMake = changesToMake;
        b.transferableTools = transferableTools;
        b.sclsCharacteristics = sclsCharacteristics;
        b.sclsCharacteristicsOther = sclsCharacteristicsOther;
        b.categories = categories;
        b.categoriesOther = categoriesOther;
        b.selfRating = selfRating;
        b.peopleInvolved = peopleInvolved;
        b.keyMessage1 = keyMessage1;
        b.keyMessage2 = keyMessage2;
        return b;
    }

    /** Builds a form section by section; thirty positional arguments are too easy to get wrong. */
    public static final class Builder {
        private String name;
        private Set<AdministrativeRegion> regions;
        private Set<HealthRegion> healthRegions;
        private PracticeTenure tenure;
        private String tenurePrecision;
        private PracticeDescription description;
        private Set<TargetPopulation> targetPopulations;
        private String targetPopulationsOther;
        private PracticeInterventionType interventionType;
        private String detailedDescription;
        private LocalDate startDate;
        private Integer durationMonths;
        private String winningConditions;
        private Set<Partner> partners;
        private String partnerMinistries;
        private String partnersOther;
        private Set<CostOption> costOptions;
        private String costDetails;
        private PracticeEvaluation evaluation;
        private PracticeImpacts impacts;
        private String changesToMake;
        private String transferableTools;
        private Set<SclsCharacteristic> sclsCharacteristics;
        private String sclsCharacteristicsOther;
        private Set<SupportCategory> categories;
        private String categoriesOther;
        private SelfRating selfRating;
        private String peopleInvolved;
        private String keyMessage1;
        private String keyMessage2;

        private Builder() {
        }

        public Builder name(String value) { name = value; return this; }
        public Builder regions(Set<AdministrativeRegion> value) { regions = value; return this; }
        public Builder healthRegions(Set<HealthRegion> value) { healthRegions = value; return this; }
        public Builder tenure(PracticeTenure value) { tenure = value; return this; }
        public Builder tenurePrecision(String value) { tenurePrecision = value; return this; }
        public Builder description(PracticeDescription value) { description = value; return this; }
        public Builder targetPopulations(Set<TargetPopulation> value) { targetPopulations = value; return this; }
        public Builder targetPopulationsOther(String value) { targetPopulationsOther = value; return this; }
        public Builder interventionType(PracticeInterventionType value) { interventionType = value; return this; }
        public Builder detailedDescription(String value) { detailedDescription = value; return this; }
        public Builder startDate(LocalDate value) { startDate = value; return this; }
        public Builder durationMonths(Integer value) { durationMonths = value; return this; }
        public Builder winningConditions(String value) { winningConditions = value; return this; }
        public Builder partners(Set<Partner> value) { partners = value; return this; }
        public Builder partnerMinistries(String value) { partnerMinistries = value; return this; }
        public Builder partnersOther(String value) { partnersOther = value; return this; }
        public Builder costOptions(Set<CostOption> value) { costOptions = value; return this; }
        public Builder costDetails(String value) { costDetails = value; return this; }
        public Builder evaluation(PracticeEvaluation value) { evaluation = value; return this; }
        public Builder impacts(PracticeImpacts value) { impacts = value; return this; }
        public Builder changesToMake(String value) { changesToMake = value; return this; }
        public Builder transferableTools(String value) { transferableTools = value; return this; }
        public Builder sclsCharacteristics(Set<SclsCharacteristic> value) { sclsCharacteristics = value; return this; }
        public Builder sclsCharacteristicsOther(String value) { sclsCharacteristicsOther = value; return this; }
        public Builder categories(Set<SupportCategory> value) { categories = value; return this; }
        public Builder categoriesOther(String value) { categoriesOther = value; return this; }
        public Builder selfRating(SelfRating value) { selfRating = value; return this; }
        public Builder peopleInvolved(String value) { peopleInvolved = value; return this; }
        public Builder keyMessage1(String value) { keyMessage1 = value; return this; }
        public Builder keyMessage2(String value) { keyMessage2 = value; return this; }

        public PracticeForm build() {
            return new PracticeForm(name, regions, healthRegions, tenure, tenurePrecision, description,
                    targetPopulations, targetPopulationsOther, interventionType, detailedDescription, startDate,
                    durationMonths, winningConditions, partners, partnerMinistries, partnersOther, costOptions,
                    costDetails, evaluation, impacts, changesToMake, transferableTools, sclsCharacteristics,
                    sclsCharacteristicsOther, categories, categoriesOther, selfRating, peopleInvolved, keyMessage1,
                    keyMessage2);
        }
    }
}
