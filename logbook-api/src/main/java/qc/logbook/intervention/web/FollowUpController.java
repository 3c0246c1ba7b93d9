package qc.logbook.intervention.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.intervention.rest.InterventionOperations;
import qc.logbook.intervention.rest.InterventionRequests;
import qc.logbook.pages.FormBinding;

/**
 * The follow-up forms of the detail page (refer, record an outcome, support a collective action), each sending the
 * REST API's command. On success the reader goes back to the page, which waits for the write to show; on refusal
 * the page comes back with the form as typed and the reason on its field. htmx swaps the page's main either way.
 */
@Controller
class FollowUpController {

    private final InterventionOperations operations;
    private final PageForms forms;
    private final DetailPage detailPage;
    private final OpenReferralsController openReferrals;

    FollowUpController(InterventionOperations operations, PageForms forms, DetailPage detailPage,
                       OpenReferralsController openReferrals) {
        this.operations = operations;
        this.forms = forms;
        this.detailPage = detailPage;
        this.openReferrals = openReferrals;
    }

    @PostMapping("/interventions/{id}/referrals")
    String refer(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model,
                 Locale locale) {
        InterventionView view = visible(id);
        FormErrors errors = DetailPage.FollowUps.errors(DetailPage.FollowUps.REFERRAL);
        InterventionRequests.Referral referral = forms.bind(request, InterventionRequests.Referral.class, Map.of(),
                errors, locale);
        if (referral != null && send(() -> operations.refer(id, referral), errors, locale)) {
            return back(id, "referred", view);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return detailPage.show(model, view, null,
                new DetailPage.Forms().referral(FormValues.of(request.getParameterMap()), errors), locale);
    }

    @PostMapping("/interventions/{id}/referrals/{referralId}/outcome")
    String outcome(@PathVariable UUID id, @PathVariable UUID referralId, HttpServletRequest request,
                   HttpServletResponse response, Model model, Locale locale) {
        InterventionView view = visible(id);
        boolean fromOpenList = "open".equals(request.getParameter("from"));
        FormErrors errors = DetailPage.FollowUps.errors(DetailPage.FollowUps.OUTCOME);
        InterventionRequests.Outcome outcome = forms.bind(request, InterventionRequests.Outcome.class, Map.of(),
                errors, locale);
        if (outcome != null && send(() -> operations.recordOutcome(id, referralId, outcome), errors, locale)) {
            return fromOpenList
                    ? "redirect:/referrals/open?done=outcome&intervention=" + id + "&after=" + view.version()
                    : back(id, "outcome", view);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        FormValues typed = FormValues.of(request.getParameterMap());
        if (fromOpenList) {
            return openReferrals.show(0, null, null, null, model, Map.of(referralId.toString(), errors),
                    Map.of(referralId.toString(), typed));
        }
        return detailPage.show(model, view, null,
                new DetailPage.Forms().outcome(referralId.toString(), typed, errors), locale);
    }

    @PostMapping("/interventions/{id}/collective-supports")
    String support(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model,
                   Locale locale) {
        InterventionView view = visible(id);
        FormErrors errors = DetailPage.FollowUps.errors(DetailPage.FollowUps.SUPPORT);
        InterventionRequests.CollectiveSupport support = forms.bind(request,
                InterventionRequests.CollectiveSupport.class, Map.of(), errors, locale);
        if (support != null && send(() -> operations.supportCollectiveAction(id, support), errors, locale)) {
            return back(id, "supported", view);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return detailPage.show(model, view, null,
                new DetailPage.Forms().support(FormValues.of(request.getParameterMap()), errors), locale);
    }

    private InterventionView visible(UUID id) {
        return operations.read(id).orElseThrow(PageNotFoundException::new);
    }

    /** Sends the command; a refusal of the domain lands in {@code errors}, anything else is a failure. */
    private boolean send(Runnable command, FormErrors errors, Locale locale) {
        try {
            command.run();
            return true;
        } catch (RuntimeException failure) {
            forms.add(errors, FormBinding.violation(failure).orElseThrow(() -> failure), locale);
            return false;
        }
    }

    private static String back(UUID id, String done, InterventionView before) {
        return "redirect:/interventions/" + id + "?done=" + done + "&after=" + before.version();
    }
}
