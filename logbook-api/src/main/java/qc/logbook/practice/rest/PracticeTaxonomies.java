package qc.logbook.practice.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import qc.logbook.practice.api.CostOption;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.SupportCategory;

/** Every taxonomy of the practice form, keyed by the name of the form field that takes its codes. */
final class PracticeTaxonomies {

    /**
     * One value of a taxonomy.
     *
     * @param number       official number of a region
     * @param parent       code of the practice description a sub-item belongs to
     * @param definitionFr definition of a self-rating, as the form gives it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String code, String labelFr, String labelEn, String number, String parent, String definitionFr,
                 String definitionEn) {
    }

    private PracticeTaxonomies() {
    }

    static Map<String, List<Entry>> all() {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        lists.put("regions", entries(AdministrativeRegion.values(),
                r -> new Entry(r.name(), r.labelFr(), r.labelEn(), r.number(), null, null, null)));
        lists.put("healthRegions", entries(HealthRegion.values(),
                r -> new Entry(r.name(), r.labelFr(), r.labelEn(), r.number(), null, null, null)));
        lists.put("tenure", entries(PracticeTenure.values()));
        lists.put("description.categories", entries(PracticeDescriptionCategory.values()));
        lists.put("description.items", entries(PracticeDescriptionItem.values(),
                i -> new Entry(i.name(), i.labelFr(), i.labelEn(), null, i.category().name(), null, null)));
        lists.put("description.specificProjects", entries(SpecificProject.values()));
        lists.put("targetPopulations", entries(TargetPopulation.values()));
        lists.put("interventionType", entries(PracticeInterventionType.values()));
        lists.put("partners", entries(Partner.values()));
        lists.put("costOptions", entries(CostOption.values()));
        lists.put("impacts.psychosocial", entries(PsychosocialImpact.values()));
        lists.put("impacts.economic", entries(EconomicImpact.values()));
        lists.put("impacts.health", entries(HealthImpact.values()));
        lists.put("sclsCharacteristics", entries(SclsCharacteristic.values()));
        lists.put("categories", entries(SupportCategory.values()));
        lists.put("selfRating", entries(SelfRating.values(),
                r -> new Entry(r.name(), r.labelFr(), r.labelEn(), null, null,
                        r.definitionFr() + " " + r.taglineFr(), r.definitionEn() + " " + r.taglineEn())));
        lists.put("status", entries(PracticeStatus.values()));
        return lists;
    }

    private static <E extends Enum<E> & Labelled> List<Entry> entries(E[] values) {
        return entries(values, v -> new Entry(v.name(), v.labelFr(), v.labelEn(), null, null, null, null));
    }

    private static <E extends Enum<E>> List<Entry> entries(E[] values, Function<E, Entry> entry) {
        return Arrays.stream(values).map(entry).toList();
    }
}
