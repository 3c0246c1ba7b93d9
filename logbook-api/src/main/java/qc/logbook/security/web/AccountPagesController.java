package qc.logbook.security.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import qc.logbook.domain.RuleViolation;
import qc.logbook.problem.ProblemMessages;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.security.Account;
import qc.logbook.security.AccountChange;
import qc.logbook.security.AccountChangePage;
import qc.logbook.security.Accounts;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.Role;

/**
 * Admins' account pages: the list, the creation form, an account's page (roles, territories, disable or enable, new
 * password) and the account journal. They call the same {@link Accounts} as the REST API, so they refuse the same
 * things; a refusal is shown on its field with everything typed kept, except passwords.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountPagesController {

    static final int JOURNAL_PAGE_SIZE = 25;

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ProblemMessages problems;

    AccountPagesController(Accounts accounts, CurrentUser currentUser, MessageSource messages,
                           ProblemMessages problems) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.problems = problems;
    }

    /** What the creation and change forms send; absent checkboxes bind as {@code null}. */
    record AccountForm(String username, Set<Role> roles, Set<String> territories, Boolean allTerritories,
                       String password) {

        Set<String> chosenTerritories() {
            return Boolean.TRUE.equals(allTerritories) ? Set.of(TerritoryScope.ALL)
                    : territories == null ? Set.of() : territories;
        }
    }

    /** A row of the list, with its texts ready. */
    record Row(Account account, String roles, String territories, String href) {
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("rows", accounts.all().stream().map(a -> row(a, locale)).toList());
        return "admin/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model, Locale locale) {
        return creationForm(new AccountForm(null, Set.of(Role.WORKER), Set.of(), false, null), Map.of(), model,
                locale);
    }

    @PostMapping
    String create(@ModelAttribute AccountForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Accounts.Created created = accounts.create(new Accounts.NewAccount(form.username(), form.roles(),
                    form.chosenTerritories(), form.password()), currentUser.require());
            redirect.addFlashAttribute("created", true);
            redirect.addFlashAttribute("generatedPassword", created.generatedPassword());
            return "redirect:" + href(created.account().username());
        } catch (RuleViolation violation) {
            return creationForm(form, errors(violation, locale), model, locale);
        }
    }

    @GetMapping("/{username}")
    String account(@PathVariable String username, Model model, Locale locale) {
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
            return "redirect:/admin/accounts";
        }
        Account a = account.get();
        return accountPage(a, new AccountForm(a.username(), a.roles(), a.territories(),
                a.territories().contains(TerritoryScope.ALL), null), Map.of(), model, locale);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute AccountForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            return "redirect:/admin/accounts";
        }
        try {
            accounts.update(username, form.roles(), form.chosenTerritories(), currentUser.require());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + href(username);
        } catch (RuleViolation violation) {
            return accountPage(account, form, errors(violation, locale), model, locale);
        }
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, Model model, Locale locale, RedirectAttributes redirect) {
        return enabled(username, false, model, locale, redirect);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, Model model, Locale locale, RedirectAttributes redirect) {
        return enabled(username, true, model, locale, redirect);
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
                         Model model, Locale locale, RedirectAttributes redirect) {
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            return "redirect:/admin/accounts";
        }
        try {
            Optional<String> generated = accounts.resetPassword(username, password, currentUser.require());
            redirect.addFlashAttribute("passwordReset", true);
            redirect.addFlashAttribute("generatedPassword", generated.orElse(null));
            return "redirect:" + href(username);
        } catch (RuleViolation violation) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("temporaryPassword", problems.message(violation, locale));
            return accountPage(account, new AccountForm(account.username(), account.roles(), account.territories(),
                    account.territories().contains(TerritoryScope.ALL), null), errors, model, locale);
        }
    }

    @GetMapping("/changes")
    String journal(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        AccountChangePage changes = accounts.journal(Math.max(0, page), JOURNAL_PAGE_SIZE);
        // the journal keeps pseudonymous ids; admins read who that is
        Map<String, String> usernames = accounts.all().stream()
                .collect(Collectors.toMap(Account::id, Account::username, (a, b) -> a));
        model.addAttribute("changes", changes);
        model.addAttribute("actors", changes.items().stream().collect(Collectors.toMap(AccountChange::changeId,
                c -> usernames.getOrDefault(c.actorId(), c.actorId()), (a, b) -> a)));
        model.addAttribute("details", changes.items().stream()
                .collect(Collectors.toMap(AccountChange::changeId, c -> detail(c, locale))));
        return "admin/account-changes";
    }

    private String enabled(String username, boolean enabled, Model model, Locale locale,
                           RedirectAttributes redirect) {
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            return "redirect:/admin/accounts";
        }
        try {
            accounts.setEnabled(username, enabled, currentUser.require());
            redirect.addFlashAttribute(enabled ? "enabled" : "disabled", true);
            return "redirect:" + href(username);
        } catch (RuleViolation violation) {
            return accountPage(account, new AccountForm(account.username(), account.roles(), account.territories(),
                    account.territories().contains(TerritoryScope.ALL), null),
                    Map.of("state", problems.message(violation, locale)), model, locale);
        }
    }

    private String creationForm(AccountForm form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        choices(form, errors, model, locale);
        return "admin/account-new";
    }

    private String accountPage(Account account, AccountForm form, Map<String, String> errors, Model model,
                               Locale locale) {
        model.addAttribute("account", account);
        model.addAttribute("row", row(account, locale));
        model.addAttribute("form", form);
        model.addAttribute("self", account.id().equals(currentUser.require().id()));
        choices(form, errors, model, locale);
        return "admin/account";
    }

    private void choices(AccountForm form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("roleOptions", AccountPageTexts.roles(form.roles(), locale));
        model.addAttribute("territoryOptions", AccountPageTexts.territories(form.territories(), locale));
        model.addAttribute("allTerritories", Boolean.TRUE.equals(form.allTerritories()));
        model.addAttribute("errors", errors);
    }

    /** The violation on the form field it names; one without a field goes in the summary only. */
    private Map<String, String> errors(RuleViolation violation, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(violation.field() == null ? "form" : violation.field(), problems.message(violation, locale));
        return errors;
    }

    private Row row(Account account, Locale locale) {
        return new Row(account, AccountPageTexts.roleNames(account.roles(), locale),
                AccountPageTexts.territoryNames(account.territories(), locale,
                        messages.getMessage("accounts.territories.all", null, locale)),
                href(account.username()));
    }

    private String detail(AccountChange change, Locale locale) {
        if (change.detail() == null) {
            return "";
        }
        return switch (change.kind()) {
            case ROLES_CHANGED -> AccountPageTexts.roleNames(roles(change.detail()), locale);
            case TERRITORIES_CHANGED -> territoryNames(change.detail(), locale);
            case CREATED -> {
                String[] parts = change.detail().split(" / ", 2);
                yield AccountPageTexts.roleNames(roles(parts[0]), locale)
                        + (parts.length > 1 ? " — " + territoryNames(parts[1], locale) : "");
            }
            default -> change.detail();
        };
    }

    private String territoryNames(String codes, Locale locale) {
        return AccountPageTexts.territoryNames(Set.of(codes.split(",")), locale,
                messages.getMessage("accounts.territories.all", null, locale));
    }

    private static Set<Role> roles(String names) {
        return List.of(names.split(",")).stream().filter(n -> !n.isBlank()).map(Role::valueOf)
                .collect(Collectors.toSet());
    }

    private static String href(String username) {
        return "/admin/accounts/" + UriUtils.encodePathSegment(username, java.nio.charset.StandardCharsets.UTF_8);
    }
}
