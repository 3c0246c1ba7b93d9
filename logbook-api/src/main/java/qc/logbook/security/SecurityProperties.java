package qc.logbook.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users and privacy settings ({@code logbook.security.*}).
 *
 * @param users              users of the embedded default (ignored when an OIDC issuer is configured)
 * @param smallCellThreshold statistics shown to evaluators hide counts below this (default 5)
 * @param jwt                how roles and territories are read from OIDC access tokens
 */
@ConfigurationProperties("logbook.security")
public record SecurityProperties(List<UserEntry> users, Integer smallCellThreshold, Jwt jwt) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        smallCellThreshold = smallCellThreshold == null ? 5 : smallCellThreshold;
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
    }

    /**
     * One configured user.
     *
     * @param username     pseudonymous login (never a person's name)
     * @param passwordHash bcrypt hash ({@code {bcrypt}$2a$…} or plain {@code $2a$…})
     * @param territories  territory codes, or {@code *} for all
     */
    public record UserEntry(String username, String passwordHash, Set<Role> roles, Set<String> territories) {
    }

    /**
     * Claim names in access tokens.
     *
     * @param usernameClaim    pseudonymous user id (default {@code sub})
     * @param rolesClaim       list of role names such as {@code WORKER} (default {@code roles})
     * @param territoriesClaim list of territory codes or {@code *} (default {@code territories})
     */
    public record Jwt(String usernameClaim, String rolesClaim, String territoriesClaim) {

        public Jwt {
            usernameClaim = usernameClaim == null ? "sub" : usernameClaim;
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            territoriesClaim = territoriesClaim == null ? "territories" : territoriesClaim;
        }
    }
}
