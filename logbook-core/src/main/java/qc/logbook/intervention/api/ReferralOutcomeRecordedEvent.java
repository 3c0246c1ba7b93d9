package qc.logbook.intervention.api;

import java.time.LocalDate;
import qc.logbook.reference.ReferralOutcome;
import org.axonframework.serialization.Revision;

/** The outcome of a referral was recorded; the latest outcome of a referral is its current one. */
@Revision("1")
public record ReferralOutcomeRecordedEvent(
        InterventionId interventionId,
        ReferralId referralId,
        ReferralOutcome outcome,
        LocalDate observedOn) {
}
