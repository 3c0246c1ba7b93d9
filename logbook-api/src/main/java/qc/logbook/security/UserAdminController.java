package qc.logbook.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;

/**
 * The configured users, their roles and territories (never their password hashes). Users are managed in
 * configuration ({@code logbook.security.users}) or, in production, in the identity provider.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Utilisateurs / Users", description = "Administrateurs / administrators")
class UserAdminController {

    private final ObjectProvider<UserDetailsService> users;

    UserAdminController(ObjectProvider<UserDetailsService> users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Utilisateurs configurés / Configured users")
    List<LogbookUser> list() {
        if (users.getIfAvailable() instanceof ConfiguredUsers configured) {
            return configured.all();
        }
        throw RuleViolation.notFound(null, "users.external");
    }
}
