package qc.logbook.intervention.query;

import java.util.List;

/**
 * The statistics of the journal de bord over a set of interventions (cancelled ones excluded, corrections applied).
 * Every share names its whole:
 *
 * @param interventions            all interventions covered
 * @param byTenure                 share of {@code interventions} per tenure
 * @param youthAndFamilies         share of {@code interventions} reaching youth or families
 * @param under35                  share of {@code interventions} reaching people under 35
 * @param byMode                   share of {@code interventions} individual vs collective
 * @param individualWithReferral   share of individual interventions with at least one referral
 * @param referrals                number of referrals
 * @param referralsBySector        share of {@code referrals} per sector, with needs within each sector
 * @param referralOutcomes         share of {@code referrals} per latest outcome ({@code NOT_RECORDED} when none)
 * @param collectiveByKind         share of collective interventions supporting each kind of collective action
 * @param collectiveWithParticipants share of collective interventions that state their number of participants
 * @param participants             people who took part in collective interventions, summed over those that state it
 *                                 (a person at two activities counts twice: these are participations)
 * @param participantsByKind       {@code participants} of the collective interventions supporting each kind of
 *                                 collective action, as a share of {@code participants}; an intervention supporting
 *                                 several kinds counts in each, as in {@code collectiveByKind}
 * @param byMonth                  share of {@code interventions} per month of the intervention's date (code
 *                                 {@code yyyy-MM}), every month of the period listed, zero when empty
 */
public record ReferralBreakdown(
        long interventions,
        List<Share> byTenure,
        Share youthAndFamilies,
        Share under35,
        List<Share> byMode,
        long individualInterventions,
        Share individualWithReferral,
        long referrals,
        List<SectorBreakdown> referralsBySector,
        List<Share> referralOutcomes,
        long collectiveInterventions,
        List<Share> collectiveByKind,
        Share collectiveWithParticipants,
        long participants,
        List<Share> participantsByKind,
        List<Share> byMonth) {

    /** The code of the referral outcome share that counts the referrals whose outcome is not recorded yet. */
    public static final String NOT_RECORDED = "NOT_RECORDED";

}
