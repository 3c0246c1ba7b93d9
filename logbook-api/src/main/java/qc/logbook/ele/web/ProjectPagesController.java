package qc.logbook.ele.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectStatus;
import qc.logbook.ele.query.FundingMeasureView;
import qc.logbook.ele.query.ProjectView;
import qc.logbook.ele.rest.EleOperations;
import qc.logbook.ele.rest.EleRequests.CorrectionRequest;
import qc.logbook.ele.rest.EleRequests.ProjectDetailsRequest;
import qc.logbook.ele.rest.EleRequests.ProjectSubmissionRequest;
import qc.logbook.ele.rest.EleRequests.ReasonRequest;
import qc.logbook.ele.rest.EleRequests.SupportRequest;
import qc.logbook.pages.ReadModelWait;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * Projects of the local teams: submit one to a measure, its page (figures, what remains of the envelope, timeline)
 * with the coordinators' actions — revise, grant support, complete, cancel with a reason after a confirmation, and
 * correct a completed project with a reason. Same operations as the project endpoints of the API; a refusal shows
 * on the input it names, keeping what was typed.
 */
@Controller
class ProjectPagesController {

    static final List<String> DETAIL_INPUTS = List.of("title", "territories", "description",
            "participants.persons", "participants.participations", "outcomes", "totalCost", "researchDocumented",
            "practiceId");
    static final List<String> SUBMIT_INPUTS = concat(List.of("localTeamId"), DETAIL_INPUTS);
    static final List<String> CORRECT_INPUTS = concat(DETAIL_INPUTS, List.of("support", "reason"));
    static final List<String> LISTS = List.of("outcomes");
    static final List<String> DONE = List.of("submitted", "revised", "granted", "completed", "cancelled",
            "corrected");

    private final EleOperations operations;
    private final EleForms forms;
    private final CurrentUser currentUser;

    ProjectPagesController(EleOperations operations, EleForms forms, CurrentUser currentUser) {
        this.operations = operations;
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @GetMapping("/ele/measures/{measureId}/projects/new")
    String blank(@PathVariable UUID measureId, Model model) {
        return showSubmission(measureId, model, new EleForm(SUBMIT_INPUTS));
    }

    @PostMapping("/ele/measures/{measureId}/projects")
    String submit(@PathVariable UUID measureId, HttpServletRequest request, Model model, Locale locale) {
        EleForm form = new EleForm(SUBMIT_INPUTS);
        ProjectSubmissionRequest sent = forms.bind(request, ProjectSubmissionRequest.class, LISTS, form, locale);
        Optional<ProjectId> id = sent == null ? Optional.empty()
                : forms.send(() -> operations.submit(measureId, sent), form, locale);
        if (id.isEmpty()) {
            return showSubmission(measureId, model, form);
        }
        return "redirect:/ele/projects/" + id.get() + "?done=submitted";
    }

    @GetMapping("/ele/projects/{projectId}")
    String project(@PathVariable UUID projectId, @RequestParam(required = false) String done,
                   @RequestParam(required = false) Long after, Model model) {
        // after a write, the page waits (a moment at most) for the read model to show it
        ProjectView project = (done == null ? operations.project(projectId)
                : ReadModelWait.until(() -> operations.project(projectId), p -> after == null || p.version() > after))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EleForm support = new EleForm(List.of("support"));
        if (project.supportCents() > 0) {
            support.set("support", Money.ofCents(project.supportCents()).toDecimalString());
        }
        return showProject(project, model, support, new EleForm(List.of()),
                done != null && DONE.contains(done) ? done : null);
    }

    @PostMapping("/ele/projects/{projectId}/support")
    String grant(@PathVariable UUID projectId, HttpServletRequest request, Model model, Locale locale) {
        ProjectView project = find(projectId);
        EleForm form = new EleForm(List.of("support"));
        SupportRequest sent = forms.bind(request, SupportRequest.class, List.of(), form, locale);
        boolean granted = sent != null && run(() -> operations.grant(uuid(project.measureId()), projectId, sent),
                form, locale);
        return granted ? done(project, "granted") : showProject(project, model, form, new EleForm(List.of()), null);
    }

    @PostMapping("/ele/projects/{projectId}/completion")
    String complete(@PathVariable UUID projectId, Model model, Locale locale) {
        ProjectView project = find(projectId);
        EleForm refusal = new EleForm(List.of());
        boolean completed = run(() -> operations.complete(uuid(project.measureId()), projectId), refusal, locale);
        return completed ? done(project, "completed")
                : showProject(project, model, new EleForm(List.of("support")), refusal, null);
    }

    @GetMapping("/ele/projects/{projectId}/cancel")
    String confirmCancel(@PathVariable UUID projectId, Model model) {
        return showCancel(find(projectId), model, new EleForm(List.of("reason")));
    }

    @PostMapping("/ele/projects/{projectId}/cancellation")
    String cancel(@PathVariable UUID projectId, HttpServletRequest request, Model model, Locale locale) {
        ProjectView project = find(projectId);
        EleForm form = new EleForm(List.of("reason"));
        ReasonRequest sent = forms.bind(request, ReasonRequest.class, List.of(), form, locale);
        boolean cancelled = sent != null && run(() -> operations.cancel(uuid(project.measureId()), projectId, sent),
                form, locale);
        return cancelled ? done(project, "cancelled") : showCancel(project, model, form);
    }

    /** The revision form of a project under way, or the correction form of a completed one. */
    @GetMapping("/ele/projects/{projectId}/edit")
    String edit(@PathVariable UUID projectId, Model model) {
        ProjectView project = find(projectId);
        EleForm form = new EleForm(correcting(project) ? CORRECT_INPUTS : DETAIL_INPUTS)
                .set("title", project.title()).setAll("territories", project.territories())
                .set("description", project.description())
                .set("participants.persons", project.persons())
                .set("participants.participations", project.participations())
                .setAll("outcomes", project.outcomes()).set("totalCost", project.totalCost())
                .set("researchDocumented", project.researchDocumented() ? "true" : null)
                .set("practiceId", project.practiceId());
        if (correcting(project)) {
            form.set("support", project.support());
        }
        return showEdit(project, model, form);
    }

    @PostMapping("/ele/projects/{projectId}/edit")
    String revise(@PathVariable UUID projectId, HttpServletRequest request, Model model, Locale locale) {
        ProjectView project = find(projectId);
        UUID measure = uuid(project.measureId());
        boolean saved;
        EleForm form;
        if (correcting(project)) {
            form = new EleForm(CORRECT_INPUTS);
            CorrectionRequest sent = forms.bind(request, CorrectionRequest.class, LISTS, form, locale);
            saved = sent != null && run(() -> operations.correct(measure, projectId, sent), form, locale);
        } else {
            form = new EleForm(DETAIL_INPUTS);
            ProjectDetailsRequest sent = forms.bind(request, ProjectDetailsRequest.class, LISTS, form, locale);
            saved = sent != null && run(() -> operations.revise(measure, projectId, sent), form, locale);
        }
        return saved ? done(project, correcting(project) ? "corrected" : "revised") : showEdit(project, model, form);
    }

    private String showSubmission(UUID measureId, Model model, EleForm form) {
        FundingMeasureView measure = operations.measure(measureId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("measure", measure);
        model.addAttribute("teams", operations.teams(null, 0, 200).items());
        detailChoices(model, form);
        return "ele/project-new";
    }

    private String showEdit(ProjectView project, Model model, EleForm form) {
        model.addAttribute("project", project);
        model.addAttribute("correcting", correcting(project));
        detailChoices(model, form);
        return "ele/project-edit";
    }

    private void detailChoices(Model model, EleForm form) {
        LogbookUser user = currentUser.require();
        model.addAttribute("form", form);
        model.addAttribute("territories", LocalTeamPagesController.territories(user));
        model.addAttribute("practices", operations.publishedPractices());
    }

    private String showProject(ProjectView project, Model model, EleForm support, EleForm refusal, String done) {
        LogbookUser user = currentUser.require();
        model.addAttribute("project", project);
        model.addAttribute("measure", operations.measure(uuid(project.measureId())).orElse(null));
        model.addAttribute("team", operations.team(uuid(project.localTeamId())).orElse(null));
        Map<String, String> practices = operations.publishedPractices();
        model.addAttribute("practiceName", project.practiceId() == null ? null : practices.get(project.practiceId()));
        model.addAttribute("form", support);
        model.addAttribute("refusal", refusal);
        model.addAttribute("canWrite", user.has(Role.COORDINATOR));
        model.addAttribute("open", project.status() == ProjectStatus.SUBMITTED
                || project.status() == ProjectStatus.FUNDED);
        model.addAttribute("done", done);
        return "ele/project";
    }

    private String showCancel(ProjectView project, Model model, EleForm form) {
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        return "ele/project-cancel";
    }

    private ProjectView find(UUID projectId) {
        return operations.project(projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private boolean run(Runnable operation, EleForm form, Locale locale) {
        return forms.send(() -> {
            operation.run();
            return Boolean.TRUE;
        }, form, locale).isPresent();
    }

    private static String done(ProjectView project, String what) {
        return "redirect:/ele/projects/" + project.id() + "?done=" + what + "&after=" + project.version();
    }

    private static boolean correcting(ProjectView project) {
        return project.status() == ProjectStatus.COMPLETED;
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
