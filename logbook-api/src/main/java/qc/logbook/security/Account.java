package qc.logbook.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as admins see it: never its password.
 *
 * @param username   the login
 * @param id         pseudonymous id, recorded as the worker of interventions and in event metadata
 * @param configured from configuration ({@code logbook.security.users}), so read-only here
 * @param createdAt  {@code null} for configured users
 */
public record Account(String username, String id, Set<Role> roles, Set<String> territories, boolean enabled,
                      boolean configured, Instant createdAt, Instant updatedAt) {

    public Account {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        territories = territories == null ? Set.of() : Set.copyOf(territories);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public LogbookUser user() {
        return new LogbookUser(id, roles, territories);
    }
}
