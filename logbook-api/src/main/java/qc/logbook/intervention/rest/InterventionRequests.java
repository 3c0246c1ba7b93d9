package qc.logbook.intervention.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;

/** Request bodies of the intervention endpoints other than recording; the pages bind their forms to them too. */
public final class InterventionRequests {

    private InterventionRequests() {
    }

    public record Referral(UUID referralId, @NotNull ReferralSector sector, @NotNull ReferralNeed need, Boolean accompanied,
                    LocalDate referredOn) {
    }

    public record Outcome(@NotNull ReferralOutcome outcome, LocalDate observedOn) {
    }

    /** {@code practiceId}: optional, a published practice of the repository that this support applies. */
    public record CollectiveSupport(UUID supportId, @NotNull CollectiveActionKind actionKind,
                             @NotNull CollectiveSupportKind supportKind, String groupName, UUID practiceId) {
    }

    public record Correction(@NotBlank String reason, @NotNull @Valid InterventionRequest details) {
    }

    public record Cancellation(@NotBlank String reason) {
    }
}
