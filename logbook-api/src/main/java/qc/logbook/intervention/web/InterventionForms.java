package qc.logbook.intervention.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.AgeGroup;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.SupportCategory;
import qc.logbook.reference.TargetGroup;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Territory;
import qc.logbook.reference.WorkerRole;
import qc.logbook.security.LogbookUser;

/** What the intervention form (recording and correcting) shows: its inputs in order, choices and values. */
final class InterventionForms {

    /** The inputs top to bottom, as a worker fills them in; errors are summarised in this order. */
    static final List<String> ORDER = List.of("date", "territory", "housingOrganisation", "tenure", "mode",
            "tenantRef", "participants", "targetGroups", "ageGroups", "durationMinutes", "supportCategories", "notes",
            "followUpPlanned", "workerRole", "reason");
    /** The region follows from the territory: its errors show on the territory. */
    static final Map<String, String> ALIASES = Map.of("region", "territory");

    /** A territory group of the select: a region and the user's territories in it. */
    record RegionTerritories(AdministrativeRegion region, List<Territory> territories) {
    }

    private InterventionForms() {
    }

    static FormErrors errors() {
        return new FormErrors(ORDER, ALIASES);
    }

    /** The territories the user may record in, grouped by region in the reference order. */
    static List<RegionTerritories> territories(LogbookUser user) {
        Map<AdministrativeRegion, List<Territory>> byRegion = new LinkedHashMap<>();
        for (Territory territory : Territories.all()) {
            if (user.canSee(territory.code())) {
                byRegion.computeIfAbsent(territory.region(), r -> new ArrayList<>()).add(territory);
            }
        }
        return byRegion.entrySet().stream().map(e -> new RegionTerritories(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * A new form: a fresh client-chosen id (so a resent form records once), today, and what the worker chose last
     * time (role, territory, housing organisation, tenure, mode), from their most recent intervention.
     */
    static FormValues fresh(LogbookUser user, InterventionDetails last, LocalDate today) {
        FormValues form = FormValues.empty().set("id", UUID.randomUUID()).set("date", today)
                .set("mode", InterventionMode.INDIVIDUAL);
        if (last != null && user.canSee(last.territory())) {
            form.set("workerRole", last.workerRole()).set("territory", last.territory()).set("region", last.region())
                    .set("housingOrganisation", last.housingOrganisation()).set("tenure", last.tenure())
                    .set("mode", last.mode());
        } else {
            territories(user).stream().findFirst().flatMap(g -> g.territories().stream().findFirst())
                    .ifPresent(t -> form.set("territory", t.code()).set("region", t.region()));
        }
        return form;
    }

    /**
     * A correction form holding the current details. Erased notes and tenant stay out of it: sent back, the text
     * standing for "erased" would become the notes.
     */
    static FormValues of(InterventionDetails details) {
        FormValues form = FormValues.empty().set("date", details.date()).set("workerRole", details.workerRole())
                .set("region", details.region()).set("territory", details.territory())
                .set("housingOrganisation", details.housingOrganisation()).set("tenure", details.tenure())
                .set("mode", details.mode()).setAll("targetGroups", details.targetGroups())
                .setAll("ageGroups", details.ageGroups()).set("durationMinutes", details.durationMinutes())
                .setAll("supportCategories", details.supportCategories())
                .set("followUpPlanned", Boolean.TRUE.equals(details.followUpPlanned()) ? "true" : null)
                .set("participants", details.participants());
        if (details.notes() != null && !InterventionDetails.ERASED_NOTES.equals(details.notes())) {
            form.set("notes", details.notes());
        }
        if (details.tenant() != null && !TenantRef.ERASED.equals(details.tenant())) {
            form.set("tenantRef", details.tenant().value());
        }
        return form;
    }

    /**
     * Inputs the server decides whatever the browser sent: the worker, the region of the chosen territory, and
     * nothing from the inputs of the other mode (hidden, yet a browser without scripts still sends them).
     */
    static Map<String, String[]> overrides(Map<String, String[]> sent, String workerId) {
        Map<String, String[]> overrides = new LinkedHashMap<>();
        overrides.put("workerId", new String[] {workerId});
        String territory = first(sent, "territory");
        Territories.byCode(territory).ifPresent(t -> overrides.put("region", new String[] {t.region().name()}));
        String mode = first(sent, "mode");
        if (InterventionMode.COLLECTIVE.name().equals(mode)) {
            overrides.put("tenantRef", null);
        } else if (InterventionMode.INDIVIDUAL.name().equals(mode)) {
            overrides.put("participants", null);
        }
        return overrides;
    }

    private static String first(Map<String, String[]> sent, String name) {
        String[] values = sent.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The choices every intervention form offers. */
    static void choices(Model model, LogbookUser user) {
        model.addAttribute("territoryGroups", territories(user));
        model.addAttribute("tenures", Tenure.values());
        model.addAttribute("modes", InterventionMode.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute("supportCategories", SupportCategory.values());
        model.addAttribute("workerRoles", WorkerRole.values());
        model.addAttribute("individual", InterventionMode.INDIVIDUAL);
        model.addAttribute("collective", InterventionMode.COLLECTIVE);
        model.addAttribute("outsideHousing", EnumSet.of(Tenure.OUTSIDE_HOUSING));
    }
}
