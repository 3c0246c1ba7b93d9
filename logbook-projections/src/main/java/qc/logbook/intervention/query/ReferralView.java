package qc.logbook.intervention.query;

import java.time.LocalDate;
import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;

/** A referral as shown with its intervention; {@code outcome} is null until one is recorded. */
public record ReferralView(String referralId, ReferralSector sector, ReferralNeed need, boolean accompanied,
                           LocalDate referredOn, ReferralOutcome outcome, LocalDate outcomeObservedOn) {

    ReferralView withOutcome(ReferralOutcome newOutcome, LocalDate observedOn) {
        return new ReferralView(referralId, sector, need, accompanied, referredOn, newOutcome, observedOn);
    }
}
