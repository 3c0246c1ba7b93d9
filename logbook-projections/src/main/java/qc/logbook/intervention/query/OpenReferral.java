package qc.logbook.intervention.query;

import java.time.LocalDate;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Tenure;

/**
 * A referral waiting for its outcome, with what locates its intervention; never notes nor a tenant reference.
 *
 * @param interventionId     the intervention the referral belongs to
 * @param interventionDate   the day of the intervention
 * @param interventionVersion version of the intervention's view, so a page can wait for a write to show
 */
public record OpenReferral(String interventionId, LocalDate interventionDate, String territory, Tenure tenure,
                           InterventionMode mode, long interventionVersion, ReferralView referral) {
}
