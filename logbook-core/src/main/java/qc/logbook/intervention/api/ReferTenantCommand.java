package qc.logbook.intervention.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralSector;

/**
 * Refer the tenant of an individual intervention to a resource.
 *
 * @param referredOn  the day of the referral; the day of the intervention when absent
 * @param accompanied whether the worker accompanied the tenant to the resource
 */
public record ReferTenantCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        ReferralId referralId,
        ReferralSector sector,
        ReferralNeed need,
        boolean accompanied,
        LocalDate referredOn,
        Instant receivedAt) {
}
