package qc.logbook.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import qc.logbook.domain.TerritoryScope;

/**
 * The authenticated user as the logbook sees it, whatever the login (configured user or OIDC token).
 *
 * @param id          pseudonymous user id, recorded in event metadata
 * @param territories territory codes the user may see and act in; {@link TerritoryScope#ALL} for every territory
 */
public record LogbookUser(String id, Set<Role> roles, Set<String> territories) {

    public LogbookUser {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        territories = territories == null ? Set.of() : Set.copyOf(territories);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean allTerritories() {
        return territories.contains(TerritoryScope.ALL);
    }

    public boolean canSee(String territory) {
        return allTerritories() || territories.contains(territory);
    }

    /**
     * The territories a read may cover: what was asked for, narrowed to what the user may see. {@code null} means
     * "every territory" (nothing asked, user sees all); an empty set matches nothing.
     */
    public Set<String> restrict(Collection<String> requested) {
        if (allTerritories()) {
            return requested == null || requested.isEmpty() ? null : Set.copyOf(requested);
        }
        if (requested == null || requested.isEmpty()) {
            return territories;
        }
        return requested.stream().filter(territories::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The command metadata value of {@link TerritoryScope}. */
    public String scope() {
        return allTerritories() ? TerritoryScope.ALL : String.join(",", new java.util.TreeSet<>(territories));
    }

    /** Statistics shown to a user who may not see individual records are suppressed below a threshold. */
    public boolean seesOnlySuppressedStatistics() {
        return has(Role.EVALUATOR) && !has(Role.WORKER) && !has(Role.COORDINATOR) && !has(Role.ADMIN);
    }
}
