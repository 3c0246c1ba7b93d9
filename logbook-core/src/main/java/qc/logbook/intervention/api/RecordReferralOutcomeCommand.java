package qc.logbook.intervention.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import qc.logbook.reference.ReferralOutcome;

/** Record what became of a referral (closing the loop); may be recorded again as the situation evolves. */
public record RecordReferralOutcomeCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        ReferralId referralId,
        ReferralOutcome outcome,
        LocalDate observedOn,
        Instant receivedAt) {
}
