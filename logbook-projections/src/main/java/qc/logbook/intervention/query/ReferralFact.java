package qc.logbook.intervention.query;

import qc.logbook.reference.ReferralNeed;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.reference.ReferralSector;

/** What the statistics need of one referral. */
public record ReferralFact(String referralId, ReferralSector sector, ReferralNeed need, ReferralOutcome outcome) {
}
