package qc.logbook.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import qc.logbook.domain.RuleViolation;
import qc.logbook.pages.FormBinding;
import qc.logbook.practice.api.CostOption;
import qc.logbook.practice.api.DraftPracticeCommand;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeLimits;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.StartPracticeRevisionCommand;
import qc.logbook.practice.api.SubmitPracticeCommand;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.practice.api.UpdatePracticeDraftCommand;
import qc.logbook.practice.query.PracticeDetailsView;
import qc.logbook.problem.ProblemMessages;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * The practice form for its authors (workers and coordinators): a new practice, its draft saved as the person types
 * (the page's script sends the whole form to {@code PUT /practices/{id}/draft}, the same commands as the REST API's
 * {@code POST /api/v1/practices} and {@code PUT …/draft}), its submission for review, a revision of a published
 * practice, and the author's practices with where each stands.
 */
@Controller
class PracticeFormController {

    private final CommandGateway commands;
    private final PracticePages pages;
    private final CurrentUser currentUser;
    private final ProblemMessages problems;
    private final PracticeLabels labels;

    PracticeFormController(CommandGateway commands, PracticePages pages, CurrentUser currentUser,
                           ProblemMessages problems, PracticeLabels labels) {
        this.commands = commands;
        this.pages = pages;
        this.currentUser = currentUser;
        this.problems = problems;
        this.labels = labels;
    }

    /** The page's save: JSON {@code {"form": {...}}}, the REST API's request body. */
    record DraftBody(PracticeForm form) {
    }

    @GetMapping("/practices/new")
    String newPractice(Model model) {
        author();
        return form(model, UUID.randomUUID().toString(), PracticeForm.builder().build(), false, true, null, null,
                Map.of(), null);
    }

    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable UUID id, @RequestParam(required = false) Integer revision, Model model) {
        LogbookUser user = author();
        // after starting a revision the page waits for it to show; after a first save, for the practice itself
        PracticeDetailsView view = pages.findWhen(new PracticeId(id), v -> revision == null
                        || v.workingRevision() != null && v.workingRevision() >= revision)
                .filter(v -> user.has(Role.COORDINATOR) || v.openedBy(user.id()))
                .orElseThrow(PracticePages::notFoundPage);
        return form(model, view, Map.of());
    }

    @PutMapping(path = "/practices/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> save(@PathVariable UUID id, @RequestBody DraftBody body, Locale locale) {
        author();
        PracticeForm form = body == null || body.form() == null ? PracticeForm.builder().build() : body.form();
        PracticeId practice = new PracticeId(id);
        try {
            try {
                commands.sendAndWait(new UpdatePracticeDraftCommand(practice, form, Instant.now()));
            } catch (RuntimeException failure) {
                if (!PracticePages.notFound(failure)) {
                    throw failure;
                }
                // the first save of a new practice drafts it, with the id the page chose (a retry is harmless)
                commands.sendAndWait(new DraftPracticeCommand(practice, form, Instant.now()));
            }
        } catch (RuntimeException failure) {
            RuleViolation violation = FormBinding.violation(failure).orElseThrow(() -> failure);
            Map<String, Object> refusal = new LinkedHashMap<>();
            refusal.put("errors", List.of(Map.of("field", String.valueOf(PracticePages.input(violation)),
                    "message", problems.message(violation, locale))));
            return ResponseEntity.unprocessableEntity().body(refusal);
        }
        return ResponseEntity.ok(Map.of("savedAt", labels.time(Instant.now()), "edit", "/practices/" + id + "/edit"));
    }

    /** A body the server cannot read (a date that is no date): refused like a rule, the page keeps the text. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseBody
    ResponseEntity<Map<String, Object>> unreadable(Locale locale) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_JSON).body(Map.of("errors",
                List.of(Map.of("field", "", "message", problems.text("rule.format", locale)))));
    }

    @PostMapping("/practices/{id}/submission")
    String submit(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        author();
        PracticeId practice = new PracticeId(id);
        try {
            commands.sendAndWait(new SubmitPracticeCommand(practice, Instant.now()));
        } catch (RuntimeException failure) {
            RuleViolation violation = FormBinding.violation(failure).orElseThrow(() -> failure);
            PracticeDetailsView view = pages.find(practice).orElseThrow(PracticePages::notFoundPage);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            String input = PracticePages.input(violation);
            return form(model, view, Map.of(input == null ? "" : input, problems.message(violation, locale)));
        }
        return "redirect:/practices/mine?done=submitted&practice=" + id;
    }

    @PostMapping("/practices/{id}/revisions")
    String revise(@PathVariable UUID id) {
        author();
        Integer revision = commands.sendAndWait(new StartPracticeRevisionCommand(new PracticeId(id), null, null,
                Instant.now()));
        return "redirect:/practices/" + id + "/edit?revision=" + revision;
    }

    @GetMapping("/practices/mine")
    String mine(@RequestParam(required = false) String done, @RequestParam(required = false) UUID practice,
                Model model) {
        LogbookUser user = author();
        if (practice != null && "submitted".equals(done)) {
            pages.findWhen(new PracticeId(practice), PracticeDetailsView::awaitingReview);
        }
        model.addAttribute("practices", pages.mine(user.id()));
        model.addAttribute("done", done);
        return "practices/mine";
    }

    private String form(Model model, PracticeDetailsView view, Map<String, String> errors) {
        PracticeDetailsView.RevisionView working = view.working();
        boolean editable = working != null && working.status() == PracticeStatus.DRAFT;
        PracticeForm form = working != null ? working.form() : view.publishedForm();
        String readOnly = editable ? null : working != null ? "SUBMITTED" : "other";
        return form(model, view.id(), form, true, editable, readOnly, PracticeStage.lastReturnComment(view), errors,
                view.updatedAt());
    }

    private String form(Model model, String id, PracticeForm form, boolean exists, boolean editable, String readOnly,
                        String returnComment, Map<String, String> errors, Instant updatedAt) {
        model.addAttribute("id", id);
        model.addAttribute("f", form);
        model.addAttribute("exists", exists);
        model.addAttribute("editable", editable);
        model.addAttribute("readOnly", readOnly);
        model.addAttribute("returnComment", returnComment);
        model.addAttribute("errors", errors);
        model.addAttribute("serverUpdatedAt", updatedAt == null ? 0 : updatedAt.toEpochMilli());
        model.addAttribute("regions", AdministrativeRegion.values());
        model.addAttribute("healthRegions", HealthRegion.values());
        model.addAttribute("tenures", PracticeTenure.values());
        model.addAttribute("descriptionCategories", PracticeDescriptionCategory.values());
        model.addAttribute("items", itemsByCategory());
        model.addAttribute("specificProjects", SpecificProject.values());
        model.addAttribute("targetPopulations", TargetPopulation.values());
        model.addAttribute("interventionTypes", PracticeInterventionType.values());
        model.addAttribute("partners", Partner.values());
        model.addAttribute("costOptions", CostOption.values());
        model.addAttribute("psychosocial", PsychosocialImpact.values());
        model.addAttribute("economic", EconomicImpact.values());
        model.addAttribute("health", HealthImpact.values());
        model.addAttribute("scls", SclsCharacteristic.values());
        model.addAttribute("categories", SupportCategory.values());
        model.addAttribute("selfRatings", SelfRating.values());
        model.addAttribute("maxScls", PracticeLimits.MAX_SCLS_CHARACTERISTICS);
        model.addAttribute("L", Limits.INSTANCE);
        return "practices/form";
    }

    private static Map<PracticeDescriptionCategory, List<PracticeDescriptionItem>> itemsByCategory() {
        Map<PracticeDescriptionCategory, List<PracticeDescriptionItem>> items = new LinkedHashMap<>();
        for (PracticeDescriptionCategory category : PracticeDescriptionCategory.values()) {
            items.put(category, Arrays.stream(PracticeDescriptionItem.values())
                    .filter(item -> item.category() == category).toList());
        }
        return items;
    }

    /** Workers and coordinators author practices; the others get the 403 page. */
    private LogbookUser author() {
        LogbookUser user = currentUser.require();
        if (!user.has(Role.WORKER) && !user.has(Role.COORDINATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("authors only");
        }
        return user;
    }

    /** The limits, for the template (Thymeleaf reads them as properties). */
    public static final class Limits {
        static final Limits INSTANCE = new Limits();

        public int getName() { return PracticeLimits.NAME; }
        public int getAnswer() { return PracticeLimits.DESCRIPTION_ANSWER; }
        public int getLong() { return PracticeLimits.LONG_TEXT; }
        public int getSpecify() { return PracticeLimits.SPECIFY; }
        public int getMinistries() { return PracticeLimits.MINISTRIES; }
        public int getCostDetails() { return PracticeLimits.COST_DETAILS; }
        public int getPeople() { return PracticeLimits.PEOPLE_INVOLVED; }
        public int getReason() { return PracticeLimits.REASON; }
        public int getMinDuration() { return PracticeLimits.MIN_DURATION_MONTHS; }
        public int getMaxDuration() { return PracticeLimits.MAX_DURATION_MONTHS; }
    }
}
