package qc.logbook.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * How an identity provider's claims become a logbook user, the same for the API's access tokens and the pages' OIDC
 * sign-in: role names, territory codes and the pseudonymous id in the claims named by {@link SecurityProperties.Jwt}.
 */
final class TokenClaims {

    private final SecurityProperties.Jwt names;

    TokenClaims(SecurityProperties.Jwt names) {
        this.names = names;
    }

    Collection<GrantedAuthority> authorities(ClaimAccessor claims) {
        List<String> roles = claims.getClaimAsStringList(names.rolesClaim());
        return roles == null ? List.of() : roles.stream()
                .filter(role -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role)))
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    String id(ClaimAccessor claims) {
        String id = claims.getClaimAsString(names.usernameClaim());
        return id == null ? claims.getClaimAsString("sub") : id;
    }

    LogbookUser user(ClaimAccessor claims, Collection<? extends GrantedAuthority> authorities) {
        List<String> territories = claims.getClaimAsStringList(names.territoriesClaim());
        return new LogbookUser(id(claims), CurrentUser.roles(authorities),
                territories == null ? Set.of() : Set.copyOf(territories));
    }
}
