package qc.logbook.intervention.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.WorkerId;
import qc.logbook.intervention.query.InterventionPage;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.intervention.rest.InterventionOperations;
import qc.logbook.intervention.rest.InterventionRequest;
import qc.logbook.intervention.rest.InterventionRequests;
import qc.logbook.pages.FormBinding;
import qc.logbook.pages.ReadModelWait;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * The workers' intervention pages: the entry form, the list, the detail page, correction and cancellation. Every
 * write goes through {@link InterventionOperations}, as the REST API's do.
 */
@Controller
class InterventionPagesController {

    static final int PAGE_SIZE = 20;
    private static final java.time.ZoneId QUEBEC = java.time.ZoneId.of("America/Toronto");

    private final InterventionOperations operations;
    private final CurrentUser currentUser;
    private final PageForms forms;
    private final DetailPage detailPage;

    InterventionPagesController(InterventionOperations operations, CurrentUser currentUser, PageForms forms,
                                DetailPage detailPage) {
        this.operations = operations;
        this.currentUser = currentUser;
        this.forms = forms;
        this.detailPage = detailPage;
    }

    @GetMapping("/interventions/new")
    String newForm(Model model) {
        LogbookUser user = currentUser.require();
        return form(model, user, InterventionForms.fresh(user, lastDetails(user), LocalDate.now(QUEBEC)),
                InterventionForms.errors());
    }

    @PostMapping("/interventions")
    String record(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
                  @RequestHeader(value = "HX-Request", required = false) String htmx) {
        LogbookUser user = currentUser.require();
        FormValues typed = FormValues.of(request.getParameterMap());
        FormErrors errors = InterventionForms.errors();
        InterventionRequest intervention = forms.bind(request, InterventionRequest.class,
                InterventionForms.overrides(request.getParameterMap(), user.id()), errors, locale);
        if (intervention != null) {
            try {
                InterventionId id = operations.record(intervention);
                return redirect(response, htmx, "/interventions/" + id + "?done=recorded");
            } catch (RuntimeException failure) {
                forms.add(errors, FormBinding.violation(failure).orElseThrow(() -> failure), locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return form(model, user, typed, errors);
    }

    @GetMapping("/interventions")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String territory,
                @RequestParam(required = false) Tenure tenure,
                @RequestParam(required = false) InterventionMode mode,
                @RequestParam(required = false) WorkerRole workerRole,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        LogbookUser user = currentUser.require();
        String chosenTerritory = territory == null || territory.isBlank() ? null : territory;
        InterventionPage result = operations.list(from, to, null, chosenTerritory, workerRole, tenure, mode, null,
                ownOnly(user), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("coordinator", ownOnly(user) == null);
        model.addAttribute("filter", FormValues.empty().set("from", from).set("to", to).set("territory",
                chosenTerritory).set("tenure", tenure).set("mode", mode).set("workerRole", workerRole));
        model.addAttribute("territoryGroups", InterventionForms.territories(user));
        model.addAttribute("tenures", Tenure.values());
        model.addAttribute("modes", InterventionMode.values());
        model.addAttribute("workerRoles", WorkerRole.values());
        model.addAttribute("pagerUrl", pagerUrl());
        return "interventions/list";
    }

    /**
     * {@code after}: the version the intervention had before a write of this page; the page waits briefly for the
     * read model to show that write. {@code done=recorded}: the intervention was just recorded and may not be
     * readable yet.
     */
    @GetMapping("/interventions/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) String done,
                  @RequestParam(required = false) Long after, Model model, Locale locale) {
        Optional<InterventionView> view;
        if (after != null) {
            view = ReadModelWait.until(() -> operations.read(id), v -> v.version() > after);
        } else if ("recorded".equals(done)) {
            view = ReadModelWait.until(() -> operations.read(id), v -> true);
        } else {
            view = operations.read(id);
        }
        if (view.isEmpty()) {
            if ("recorded".equals(done)) {
                // Still not readable: say it is being saved and look again shortly (htmx), or let the reader reload.
                model.addAttribute("interventionId", id);
                return "interventions/pending";
            }
            throw new PageNotFoundException();
        }
        operations.recordAccess(view.get());
        return detailPage.show(model, view.get(), done, null, locale);
    }

    @GetMapping("/interventions/{id}/correct")
    String correctionForm(@PathVariable UUID id, Model model) {
        LogbookUser user = currentUser.require();
        InterventionView view = visible(id);
        operations.recordAccess(view);
        model.addAttribute("view", view);
        return correction(model, user, InterventionForms.of(view.details()), InterventionForms.errors());
    }

    @PostMapping("/interventions/{id}/corrections")
    String correct(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model,
                   Locale locale) {
        LogbookUser user = currentUser.require();
        InterventionView view = visible(id);
        FormErrors errors = InterventionForms.errors();
        // The worker of a corrected intervention stays the one who recorded it, whoever corrects it.
        InterventionRequest details = forms.bind(request, InterventionRequest.class,
                InterventionForms.overrides(request.getParameterMap(), view.details().worker().value()), errors,
                locale);
        String reason = request.getParameter("reason");
        if (reason == null || reason.isBlank()) {
            // The Correction record's own @NotBlank, checked here: its details arrive as top-level inputs.
            errors.add("reason", forms.message("NotBlank", "reason", locale));
        }
        if (details != null && !errors.any()) {
            try {
                operations.correct(id, new InterventionRequests.Correction(reason.strip(), details));
                return "redirect:/interventions/" + id + "?done=corrected&after=" + view.version();
            } catch (RuntimeException failure) {
                forms.add(errors, FormBinding.violation(failure).orElseThrow(() -> failure), locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("view", view);
        return correction(model, user, FormValues.of(request.getParameterMap()), errors);
    }

    @GetMapping("/interventions/{id}/cancel")
    String cancellationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("view", visible(id));
        model.addAttribute("form", FormValues.empty());
        model.addAttribute("errors", DetailPage.FollowUps.errors(DetailPage.FollowUps.CANCELLATION));
        return "interventions/cancel";
    }

    @PostMapping("/interventions/{id}/cancellation")
    String cancel(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model,
                  Locale locale) {
        InterventionView view = visible(id);
        FormErrors errors = DetailPage.FollowUps.errors(DetailPage.FollowUps.CANCELLATION);
        InterventionRequests.Cancellation cancellation = forms.bind(request, InterventionRequests.Cancellation.class,
                Map.of(), errors, locale);
        if (cancellation != null) {
            try {
                operations.cancel(id, cancellation);
                return "redirect:/interventions/" + id + "?done=cancelled&after=" + view.version();
            } catch (RuntimeException failure) {
                forms.add(errors, FormBinding.violation(failure).orElseThrow(() -> failure), locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("view", view);
        model.addAttribute("form", FormValues.of(request.getParameterMap()));
        model.addAttribute("errors", errors);
        return "interventions/cancel";
    }

    /** This page's address without its page number, ready for {@code page=n}: the filters stay in the address. */
    static String pagerUrl() {
        org.springframework.web.util.UriComponents uri =
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("page").build();
        return uri.getPath() + (uri.getQuery() == null || uri.getQuery().isEmpty() ? "?" : "?" + uri.getQuery() + "&");
    }

    private InterventionView visible(UUID id) {
        return operations.read(id).orElseThrow(PageNotFoundException::new);
    }

    private String form(Model model, LogbookUser user, FormValues values, FormErrors errors) {
        InterventionForms.choices(model, user);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        return "interventions/new";
    }

    private String correction(Model model, LogbookUser user, FormValues values, FormErrors errors) {
        InterventionForms.choices(model, user);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        return "interventions/correct";
    }

    /** The worker's most recent intervention, whose choices the new form starts from. */
    private InterventionDetails lastDetails(LogbookUser user) {
        WorkerId worker = workerId(user);
        if (worker == null) {
            return null;
        }
        InterventionPage last = operations.list(null, null, null, null, null, null, null, null, worker, 0, 1);
        return last.items().isEmpty() ? null : last.items().get(0).details();
    }

    /** Workers list their own interventions; coordinators those of their territories. */
    static WorkerId ownOnly(LogbookUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMIN) ? null : workerId(user);
    }

    static WorkerId workerId(LogbookUser user) {
        return WorkerId.isValid(user.id()) ? WorkerId.of(user.id()) : null;
    }

    /** After a write: htmx follows {@code HX-Redirect} with a full page load; a plain form post a 303. */
    static String redirect(HttpServletResponse response, String htmx, String location) {
        if ("true".equals(htmx)) {
            response.setHeader("HX-Redirect", location);
            response.setStatus(HttpStatus.OK.value());
            return null;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", location);
        return null;
    }
}
