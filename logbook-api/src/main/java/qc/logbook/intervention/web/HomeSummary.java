package qc.logbook.intervention.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.intervention.query.Share;
import qc.logbook.intervention.rest.InterventionOperations;
import qc.logbook.intervention.reading.ReferralBreakdownReader;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * What the home page shows a worker or coordinator: their recent interventions, how many referrals wait for an
 * outcome, and this year's figures of their territories (the referral breakdown the statistics API serves).
 */
@Component
public class HomeSummary {

    static final int RECENT = 8;
    private static final java.time.ZoneId QUEBEC = java.time.ZoneId.of("America/Toronto");

    /** This year's figures of the user's territories. */
    public record Figures(int year, long interventions, long referrals, long completedReferrals) {
    }

    private final InterventionOperations operations;
    private final ReferralBreakdownReader breakdown;
    private final CurrentUser currentUser;

    HomeSummary(InterventionOperations operations, ReferralBreakdownReader breakdown, CurrentUser currentUser) {
        this.operations = operations;
        this.breakdown = breakdown;
        this.currentUser = currentUser;
    }

    public void addTo(Model model) {
        LogbookUser user = currentUser.get().orElse(null);
        if (user == null || !(user.has(Role.WORKER) || user.has(Role.COORDINATOR))) {
            return;
        }
        model.addAttribute("recent", operations.list(null, null, null, null, null, null, null, null,
                InterventionPagesController.workerId(user), 0, RECENT).items());
        LocalDate today = LocalDate.now(QUEBEC);
        // the referrals without an outcome of the user's territories, from the breakdown's pre-aggregated cells: the
        // list itself (« Références à suivre ») reads the interventions, which is too slow for every home page
        ReferralBreakdown allTime = breakdown.read(null, null, null, null, null, null).breakdown();
        model.addAttribute("openReferrals", allTime.referralOutcomes().stream()
                .filter(s -> ReferralBreakdown.NOT_RECORDED.equals(s.code())).mapToLong(Share::count).sum());
        ReferralBreakdown figures = breakdown.read(today.withDayOfYear(1), today, null, null, null, null).breakdown();
        long completed = figures.referralOutcomes().stream()
                .filter(s -> ReferralOutcome.COMPLETED.name().equals(s.code())).mapToLong(Share::count).sum();
        model.addAttribute("figures", new Figures(today.getYear(), figures.interventions(), figures.referrals(),
                completed));
    }
}
