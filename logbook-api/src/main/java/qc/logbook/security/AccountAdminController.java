package qc.logbook.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;

/**
 * Accounts, for admins: configured ones (read-only here) and the database's, which admins create, change, disable,
 * enable and give a new password. Passwords and their hashes are never answered, except a generated password once,
 * in the answer that created it.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Validated
@Tag(name = "Comptes / Accounts", description = "Administrateurs / administrators")
class AccountAdminController {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    AccountAdminController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    record NewAccountRequest(@NotBlank String username, @NotEmpty Set<@NotNull Role> roles, Set<String> territories,
                             String password) {
    }

    record AccountChangeRequest(@NotEmpty Set<@NotNull Role> roles, Set<String> territories) {
    }

    record PasswordResetRequest(String password) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreatedAccount(Account account, String generatedPassword) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PasswordReset(String generatedPassword) {
    }

    @GetMapping("/accounts")
    @Operation(summary = "Comptes / Accounts", description = "Sorted by username; configured ones are read-only.")
    List<Account> list() {
        return accounts.all();
    }

    /** The list under its former address. */
    @GetMapping("/users")
    @Operation(summary = "Comptes (ancienne adresse) / Accounts (former address)", deprecated = true)
    List<Account> users() {
        return accounts.all();
    }

    @PostMapping("/accounts")
    @Operation(summary = "Créer un compte / Create an account",
            description = "Without a password, one is generated and answered once.")
    ResponseEntity<CreatedAccount> create(@Valid @RequestBody NewAccountRequest request) {
        Accounts.Created created = accounts.create(new Accounts.NewAccount(request.username(), request.roles(),
                request.territories(), request.password()), currentUser.require());
        return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + created.account().username()))
                .body(new CreatedAccount(created.account(), created.generatedPassword()));
    }

    @GetMapping("/accounts/{username}")
    @Operation(summary = "Un compte / One account")
    Account get(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> RuleViolation.notFound(null, "account.unknown"));
    }

    @PutMapping("/accounts/{username}")
    @Operation(summary = "Changer les rôles et territoires / Change roles and territories")
    Account update(@PathVariable String username, @Valid @RequestBody AccountChangeRequest request) {
        return accounts.update(username, request.roles(), request.territories(), currentUser.require());
    }

    @PostMapping("/accounts/{username}/disable")
    @Operation(summary = "Désactiver / Disable", description = "The account can no longer sign in; its sessions end.")
    Account disable(@PathVariable String username) {
        return accounts.setEnabled(username, false, currentUser.require());
    }

    @PostMapping("/accounts/{username}/enable")
    @Operation(summary = "Réactiver / Enable")
    Account enable(@PathVariable String username) {
        return accounts.setEnabled(username, true, currentUser.require());
    }

    @PostMapping("/accounts/{username}/password")
    @Operation(summary = "Réinitialiser le mot de passe / Reset the password",
            description = "With a temporary password, or without one to have it generated and answered once.")
    PasswordReset resetPassword(@PathVariable String username,
                                @RequestBody(required = false) PasswordResetRequest request) {
        return new PasswordReset(accounts.resetPassword(username, request == null ? null : request.password(),
                currentUser.require()).orElse(null));
    }

    @GetMapping("/accounts/changes")
    @Operation(summary = "Journal des comptes / Account journal", description = "Most recent first; pages from 0.")
    AccountChangePage changes(@RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return accounts.journal(page, size);
    }
}
