package qc.logbook.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import qc.logbook.deadletter.DeadLetterRetries;

/** Parked events per processing group, with a retry: the same {@link DeadLetterRetries} as the admin API. */
@Controller
class DeadLetterPagesController {

    private final DeadLetterRetries retries;

    DeadLetterPagesController(DeadLetterRetries retries) {
        this.retries = retries;
    }

    @GetMapping("/admin/dead-letters")
    String list(Model model) {
        model.addAttribute("groups", retries.perGroup());
        return "admin/dead-letters";
    }

    @PostMapping("/admin/dead-letters/{group}/retry")
    String retry(@PathVariable String group, RedirectAttributes redirect) {
        if (!retries.groups().contains(group)) {
            throw ReadModelPagesController.notFound();
        }
        redirect.addFlashAttribute("outcome", retries.retry(group));
        return "redirect:/admin/dead-letters";
    }
}
