package qc.logbook.intervention.api;

/** The journal de bord statistics (the referral breakdown) over the interventions the filter covers. */
public record FindReferralBreakdownQuery(InterventionFilter filter) {
}
