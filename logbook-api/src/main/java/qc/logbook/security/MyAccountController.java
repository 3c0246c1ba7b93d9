package qc.logbook.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: who the logbook takes them for, and changing their password. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Mon compte / My account")
class MyAccountController {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    MyAccountController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** @param id the pseudonymous id recorded as the worker of the user's interventions */
    record Me(String username, String id, Set<Role> roles, Set<String> territories) {
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @GetMapping
    @Operation(summary = "Mon compte / My account")
    Me me() {
        LogbookUser user = currentUser.require();
        return new Me(currentUser.username().orElse(user.id()), user.id(), user.roles(), user.territories());
    }

    @PutMapping("/password")
    @Operation(summary = "Changer mon mot de passe / Change my password",
            description = "The current password is required; the new one has 12 to 64 characters and does not "
                    + "contain the username.")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange request) {
        accounts.changeOwnPassword(currentUser.requirePasswordAccount(), request.currentPassword(),
                request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
