package qc.logbook.intervention.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.api.WorkerId;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.AgeGroup;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.SupportCategory;
import qc.logbook.reference.TargetGroup;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/**
 * An intervention as a worker enters it. Presence and format are checked here; limits and domain rules (dates,
 * durations, territories, text lengths in characters) in the aggregate, which is the single source of truth.
 */
@Schema(description = "Intervention du journal de bord / Logbook intervention")
public record InterventionRequest(
        @Schema(description = "Identifiant choisi par le client (facultatif) / client-chosen id (optional)")
        UUID id,
        @NotNull LocalDate date,
        @NotBlank @Pattern(regexp = PSEUDONYM) String workerId,
        @NotNull WorkerRole workerRole,
        @NotNull AdministrativeRegion region,
        @NotBlank String territory,
        String housingOrganisation,
        @NotNull Tenure tenure,
        @NotNull InterventionMode mode,
        @NotEmpty Set<@NotNull TargetGroup> targetGroups,
        Set<@NotNull AgeGroup> ageGroups,
        @NotNull Integer durationMinutes,
        @NotEmpty Set<@NotNull SupportCategory> supportCategories,
        @Schema(description = "Notes libres; données personnelles / free-text notes; personal data")
        String notes,
        @Pattern(regexp = PSEUDONYM) String tenantRef,
        @Schema(description = "Un suivi est-il prévu? (facultatif) / is a follow-up planned? (optional)")
        Boolean followUpPlanned) {

    /** Pseudonymous codes only: letters, digits and . _ : - (no spaces, so no name or e-mail address). */
    public static final String PSEUDONYM = "[A-Za-z0-9][A-Za-z0-9._:-]{1,63}";

    InterventionDetails toDetails() {
        return new InterventionDetails(date, WorkerId.of(workerId), workerRole, region, territory,
                blankToNull(housingOrganisation), tenure, mode, targetGroups, ageGroups, durationMinutes,
                supportCategories, blankToNull(notes), tenantRef == null ? null : TenantRef.of(tenantRef),
                followUpPlanned);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
