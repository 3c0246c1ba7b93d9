package qc.logbook.intervention.api;

import java.time.LocalDate;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralSector;
import org.axonframework.serialization.Revision;

/** The tenant of an individual intervention was referred to a resource. */
@Revision("1")
public record TenantReferredEvent(
        InterventionId interventionId,
        ReferralId referralId,
        ReferralSector sector,
        ReferralNeed need,
        boolean accompanied,
        LocalDate referredOn) {
}
