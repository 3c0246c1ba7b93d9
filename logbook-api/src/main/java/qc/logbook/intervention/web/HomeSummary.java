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
    private final OpenReferralsController openReferrals;
    private final ReferralBreakdownReader breakdown;
    private final CurrentUser currentUser;

    HomeSummary(InterventionOperations operations, OpenReferralsController openReferrals,
                ReferralBreakdownReader breakdown, CurrentUser currentUser) {
        this.operations = operations;
        this.openReferrals = openReferrals;
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
        model.addAttribute("openReferrals", openReferrals.count());
        LocalDate today = LocalDate.now(QUEBEC);
        ReferralBreakdown figures = breakdown.read(today.withDayOfYear(1), today, null, null, null, null).breakdown();
        long completed = figures.referralOutcomes().stream()
                .filter(s -> ReferralOutcome.COMPLETED.name().equals(s.code())).mapToLong(Share::count).sum();
        model.addAttribute("figures", new Figures(today.getYear(), figures.interventions(), figures.referrals(),
                completed));
    }
}
