package qc.logbook.intervention.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.logbook.intervention.api.FindOpenReferralsQuery;
import qc.logbook.intervention.query.OpenReferralPage;
import qc.logbook.pages.ReadModelWait;
import qc.logbook.reference.ReferralOutcome;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;

/** « Références à suivre »: the referrals of the user's territories without an outcome, oldest first. */
@Controller
class OpenReferralsController {

    static final int PAGE_SIZE = 20;
    private static final java.time.ZoneId QUEBEC = java.time.ZoneId.of("America/Toronto");

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    OpenReferralsController(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /**
     * {@code intervention} and {@code after}: an outcome was just recorded on that intervention, whose view had that
     * version; the list waits briefly for the read model so the referral no longer shows as open.
     */
    @GetMapping("/referrals/open")
    String open(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String done,
                @RequestParam(required = false) UUID intervention, @RequestParam(required = false) Long after,
                Model model) {
        return show(page, done, intervention, after, model, Map.of(), Map.of());
    }

    String show(int page, String done, UUID intervention, Long after, Model model, Map<String, FormErrors> errors,
                Map<String, FormValues> typed) {
        LogbookUser user = currentUser.require();
        FindOpenReferralsQuery query = new FindOpenReferralsQuery(user.restrict(null), Math.max(page, 0), PAGE_SIZE);
        OpenReferralPage result = intervention == null || after == null ? read(query)
                : ReadModelWait.until(() -> java.util.Optional.of(read(query)), p -> p.items().stream()
                        .filter(r -> r.interventionId().equals(intervention.toString()))
                        .allMatch(r -> r.interventionVersion() > after)).orElseThrow();
        model.addAttribute("result", result);
        model.addAttribute("done", "outcome".equals(done) ? done : null);
        model.addAttribute("outcomes", ReferralOutcome.values());
        model.addAttribute("today", LocalDate.now(QUEBEC));
        model.addAttribute("outcomeErrors", errors);
        model.addAttribute("outcomeForms", typed);
        model.addAttribute("noErrors", DetailPage.FollowUps.errors(DetailPage.FollowUps.OUTCOME));
        model.addAttribute("noValues", FormValues.empty());
        return "interventions/open-referrals";
    }

    private OpenReferralPage read(FindOpenReferralsQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(OpenReferralPage.class)).join();
    }
}
