package qc.logbook.reference.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.AgeGroup;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;
import qc.logbook.reference.SupportCategory;
import qc.logbook.reference.TargetGroup;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/** The taxonomies of the logbook with their French and English labels, for forms and dashboards. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Référentiel / Reference data")
class ReferenceDataController {

    /** One value of a taxonomy. */
    record Entry(String code, String labelFr, String labelEn, String region) {
    }

    @GetMapping
    @Operation(summary = "Toutes les listes de valeurs / Every taxonomy")
    Map<String, List<Entry>> all() {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        lists.put("regions", Arrays.stream(AdministrativeRegion.values())
                .map(r -> new Entry(r.name(), r.number() + " - " + r.labelFr(), r.number() + " - " + r.labelEn(), null))
                .toList());
        lists.put("territories", Territories.all().stream()
                .map(t -> new Entry(t.code(), t.labelFr(), t.labelEn(), t.region().name())).toList());
        lists.put("tenures", entries(Tenure.values()));
        lists.put("workerRoles", entries(WorkerRole.values()));
        lists.put("modes", entries(InterventionMode.values()));
        lists.put("targetGroups", entries(TargetGroup.values()));
        lists.put("ageGroups", entries(AgeGroup.values()));
        lists.put("supportCategories", entries(SupportCategory.values()));
        lists.put("referralSectors", entries(ReferralSector.values()));
        lists.put("referralNeeds", entries(ReferralNeed.values()));
        lists.put("referralOutcomes", entries(ReferralOutcome.values()));
        lists.put("collectiveActionKinds", entries(CollectiveActionKind.values()));
        lists.put("collectiveSupportKinds", entries(CollectiveSupportKind.values()));
        return lists;
    }

    private static <E extends Enum<E> & Labelled> List<Entry> entries(E[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), v.labelFr(), v.labelEn(), null)).toList();
    }
}
