package qc.logbook.intervention.api;

import java.time.Instant;

/**
 * The journal de bord statistics (the referral breakdown) over the interventions the filter covers.
 *
 * @param asOf when set, the breakdown as it stood at that instant, computed from the events stored up to it
 */
public record FindReferralBreakdownQuery(InterventionFilter filter, Instant asOf) {

    public FindReferralBreakdownQuery(InterventionFilter filter) {
        this(filter, null);
    }
}
