package qc.logbook.intervention.api;

import java.time.LocalDate;
import java.util.Set;
import qc.logbook.domain.Sets;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.AgeGroup;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.SupportCategory;
import qc.logbook.reference.TargetGroup;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/**
 * Everything a worker records about one intervention (an entry of the journal de bord). A correction replaces the
 * whole record, so the same type serves recording and correcting.
 *
 * @param date                the day the intervention took place
 * @param worker              pseudonymous id of the worker
 * @param workerRole          the worker's role
 * @param region              administrative region
 * @param territory           territory code (see {@link qc.logbook.reference.Territories})
 * @param housingOrganisation the housing organisation (an office, a co-op, a non-profit), never a person
 * @param tenure              tenure of the place
 * @param mode                individual or collective
 * @param targetGroups        groups reached (at least one)
 * @param ageGroups           age groups reached (may be empty when unknown)
 * @param durationMinutes     duration in minutes
 * @param supportCategories   categories of support given (at least one)
 * @param notes               optional free text; personal data
 * @param tenant              optional pseudonymous tenant reference, individual interventions only
 * @param followUpPlanned     whether the worker planned a follow-up; {@code null} when not stated (always the case for
 *                            interventions recorded before revision 2 of the events)
 * @param participants        how many people took part, collective interventions only; {@code null} when not stated
 *                            (always the case for interventions recorded before revision 3 of the events)
 */
public record InterventionDetails(
        LocalDate date,
        WorkerId worker,
        WorkerRole workerRole,
        AdministrativeRegion region,
        String territory,
        String housingOrganisation,
        Tenure tenure,
        InterventionMode mode,
        Set<TargetGroup> targetGroups,
        Set<AgeGroup> ageGroups,
        int durationMinutes,
        Set<SupportCategory> supportCategories,
        String notes,
        TenantRef tenant,
        Boolean followUpPlanned,
        Integer participants) {

    /** The earliest date an intervention may carry: the journal holds nothing older (a typo guard for the year). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);


    /** What notes read as once their subject has been forgotten (its key destroyed). */
    public static final String ERASED_NOTES = "[effacé / erased]";

    public InterventionDetails {
        targetGroups = Sets.enums(TargetGroup.class, targetGroups);
        ageGroups = Sets.enums(AgeGroup.class, ageGroups);
        supportCategories = Sets.enums(SupportCategory.class, supportCategories);
    }

    /** The same details with the personal data (notes, tenant) shown as erased. */
    public InterventionDetails withPersonalDataErased() {
        return new InterventionDetails(date, worker, workerRole, region, territory, housingOrganisation, tenure, mode,
                targetGroups, ageGroups, durationMinutes, supportCategories, notes == null ? null : ERASED_NOTES,
                tenant == null ? null : TenantRef.ERASED, followUpPlanned, participants);
    }

    /** The details without the number of participants (revision-2 shape). */
    public InterventionDetails(LocalDate date, WorkerId worker, WorkerRole workerRole, AdministrativeRegion region,
                               String territory, String housingOrganisation, Tenure tenure, InterventionMode mode,
                               Set<TargetGroup> targetGroups, Set<AgeGroup> ageGroups, int durationMinutes,
                               Set<SupportCategory> supportCategories, String notes, TenantRef tenant,
                               Boolean followUpPlanned) {
        this(date, worker, workerRole, region, territory, housingOrganisation, tenure, mode, targetGroups, ageGroups,
                durationMinutes, supportCategories, notes, tenant, followUpPlanned, null);
    }

    /** The details without the follow-up question (revision-1 shape). */
    public InterventionDetails(LocalDate date, WorkerId worker, WorkerRole workerRole, AdministrativeRegion region,
                               String territory, String housingOrganisation, Tenure tenure, InterventionMode mode,
                               Set<TargetGroup> targetGroups, Set<AgeGroup> ageGroups, int durationMinutes,
                               Set<SupportCategory> supportCategories, String notes, TenantRef tenant) {
        this(date, worker, workerRole, region, territory, housingOrganisation, tenure, mode, targetGroups, ageGroups,
                durationMinutes, supportCategories, notes, tenant, null, null);
    }

    /** Whether the intervention reaches people under 35 (the seed's "moins de 35 ans"). */
    public boolean reachesUnder35() {
        return ageGroups.contains(AgeGroup.UNDER_18) || ageGroups.contains(AgeGroup.AGE_18_34);
    }

    /** Whether the intervention reaches youth or families (the seed's "jeunes et familles"). */
    public boolean reachesYouthOrFamilies() {
        return targetGroups.contains(TargetGroup.YOUTH) || targetGroups.contains(TargetGroup.FAMILIES)
                || targetGroups.contains(TargetGroup.SINGLE_PARENT_FAMILIES);
    }
}
