package qc.logbook.security.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import qc.logbook.domain.RuleViolation;
import qc.logbook.problem.ProblemMessages;
import qc.logbook.security.Accounts;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;

/** "Mon compte": the signed-in user's roles and territories, and changing their password. */
@Controller
@RequestMapping("/account")
class MyAccountPageController {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ProblemMessages problems;

    MyAccountPageController(Accounts accounts, CurrentUser currentUser, MessageSource messages,
                           ProblemMessages problems) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping
    String page(Model model, Locale locale) {
        return page(Map.of(), model, locale);
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String confirmPassword,
                          Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            errors.put("confirmPassword", messages.getMessage("accounts.password.mismatch", null, locale));
            return page(errors, model, locale);
        }
        try {
            accounts.changeOwnPassword(currentUser.requirePasswordAccount(), currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        } catch (RuleViolation violation) {
            errors.put(violation.field() == null ? "form" : violation.field(),
                    problems.message(violation, locale));
            return page(errors, model, locale);
        }
    }

    private String page(Map<String, String> errors, Model model, Locale locale) {
        LogbookUser user = currentUser.require();
        model.addAttribute("username", currentUser.username().orElse(null));
        model.addAttribute("user", user);
        model.addAttribute("roles", AccountPageTexts.roleNames(user.roles(), locale));
        model.addAttribute("territories", AccountPageTexts.territoryNames(user.territories(), locale,
                messages.getMessage("accounts.territories.all", null, locale)));
        model.addAttribute("passwordAccount", currentUser.username().isPresent()
                && accounts.find(currentUser.username().get()).filter(a -> !a.configured()).isPresent());
        model.addAttribute("errors", errors);
        return "accounts/my-account";
    }
}
