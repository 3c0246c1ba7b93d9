package qc.logbook.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.logbook.domain.RuleViolation;
import qc.logbook.pages.FormBinding;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.api.PublishPracticeCommand;
import qc.logbook.practice.api.RetirePracticeCommand;
import qc.logbook.practice.api.ReturnPracticeForChangesCommand;
import qc.logbook.practice.query.PracticeDetailsView;
import qc.logbook.problem.ProblemMessages;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.Role;

/**
 * The coordinators' review: the queue of submitted practices, one practice with what changed since its published
 * revision, and the decisions (publish, return with a comment, retire), the REST API's commands.
 */
@Controller
class PracticeReviewController {

    private final CommandGateway commands;
    private final PracticePages pages;
    private final CurrentUser currentUser;
    private final ProblemMessages problems;
    private final PracticeFormDiff diff;

    PracticeReviewController(CommandGateway commands, PracticePages pages, CurrentUser currentUser,
                             ProblemMessages problems, PracticeFormDiff diff) {
        this.commands = commands;
        this.pages = pages;
        this.currentUser = currentUser;
        this.problems = problems;
        this.diff = diff;
    }

    @GetMapping("/practices/review")
    String queue(@RequestParam(required = false) String done, @RequestParam(required = false) UUID practice,
                 Model model) {
        reviewer();
        if (practice != null && done != null) {
            // the decision just taken takes the practice out of the queue: wait for the read model to show it
            pages.findWhen(new PracticeId(practice), view -> !view.awaitingReview());
        }
        model.addAttribute("practices", pages.underReview());
        model.addAttribute("done", done);
        return "practices/review";
    }

    @GetMapping("/practices/review/{id}")
    String practice(@PathVariable UUID id, @RequestParam(required = false) Integer from,
                    @RequestParam(required = false) Integer to, Model model, Locale locale) {
        reviewer();
        PracticeDetailsView view = pages.find(new PracticeId(id)).orElseThrow(PracticePages::notFoundPage);
        detail(model, view, Map.of(), Map.of(), locale);
        PracticeDetailsView.RevisionView left = from == null ? null : view.revision(from);
        PracticeDetailsView.RevisionView right = to == null ? null : view.revision(to);
        if (left != null && right != null && left.revision() != right.revision()) {
            // Any two revisions side by side, as asked: the older on the left whatever the order chosen.
            if (left.revision() > right.revision()) {
                PracticeDetailsView.RevisionView older = right;
                right = left;
                left = older;
            }
            compare(model, left, right, locale);
            model.addAttribute("chosen", true);
        }
        return "practices/review-detail";
    }

    @PostMapping("/practices/review/{id}/publication")
    String publish(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        reviewer();
        return decide(id, () -> commands.sendAndWait(new PublishPracticeCommand(new PracticeId(id), Instant.now())),
                "published", Map.of(), model, locale, response);
    }

    @PostMapping("/practices/review/{id}/return")
    String returnForChanges(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model,
                            Locale locale, HttpServletResponse response) {
        reviewer();
        return decide(id, () -> commands.sendAndWait(new ReturnPracticeForChangesCommand(new PracticeId(id),
                comment, Instant.now())), "returned", Map.of("comment", comment == null ? "" : comment), model,
                locale, response);
    }

    @PostMapping("/practices/review/{id}/retirement")
    String retire(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, Locale locale,
                  HttpServletResponse response) {
        reviewer();
        return decide(id, () -> commands.sendAndWait(new RetirePracticeCommand(new PracticeId(id), reason,
                Instant.now())), "retired", Map.of("reason", reason == null ? "" : reason), model, locale, response);
    }

    private String decide(UUID id, Runnable command, String done, Map<String, String> typed, Model model,
                          Locale locale, HttpServletResponse response) {
        try {
            command.run();
        } catch (RuntimeException failure) {
            RuleViolation violation = FormBinding.violation(failure).orElseThrow(() -> failure);
            PracticeDetailsView view = pages.find(new PracticeId(id)).orElseThrow(PracticePages::notFoundPage);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            String field = violation.field() == null ? "" : violation.field();
            return detail(model, view, Map.of(field, problems.message(violation, locale)), typed, locale);
        }
        return "redirect:/practices/review?done=" + done + "&practice=" + id;
    }

    private String detail(Model model, PracticeDetailsView view, Map<String, String> errors,
                          Map<String, String> typed, Locale locale) {
        PracticeDetailsView.RevisionView working = view.working();
        PracticeDetailsView.RevisionView base = working == null || working.basedOnRevision() == null ? null
                : view.revision(working.basedOnRevision());
        model.addAttribute("view", view);
        model.addAttribute("working", working);
        model.addAttribute("base", base);
        model.addAttribute("name", PracticeStage.name(view));
        model.addAttribute("awaiting", view.awaitingReview());
        model.addAttribute("retirable", view.status() == PracticeStatus.PUBLISHED);
        model.addAttribute("revisions", view.revisions().stream().map(PracticeDetailsView.RevisionView::revision)
                .sorted().toList());
        model.addAttribute("chosen", false);
        compare(model, base, working, locale);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "practices/review-detail";
    }

    /** What changed from {@code left} (none for a first submission) to {@code right}, section by section. */
    private void compare(Model model, PracticeDetailsView.RevisionView left, PracticeDetailsView.RevisionView right,
                         Locale locale) {
        java.util.List<PracticeFormDiff.Section> sections = right == null ? java.util.List.of()
                : diff.compare(left == null ? null : left.form(), right.form(), locale);
        model.addAttribute("base", left);
        model.addAttribute("working", right);
        model.addAttribute("sections", sections);
        model.addAttribute("anyChanged", sections.stream().anyMatch(PracticeFormDiff.Section::changed));
    }

    private void reviewer() {
        if (!currentUser.require().has(Role.COORDINATOR)) {
            throw new AccessDeniedException("reviewers only");
        }
    }
}
