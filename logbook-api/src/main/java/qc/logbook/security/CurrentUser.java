package qc.logbook.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;

/**
 * The user of the current request, read from Spring Security whatever the sign-in: a password (configured or database
 * account, form or Basic), an access token (the API with OIDC) or an OIDC sign-in (the pages with OIDC).
 */
@Component
public class CurrentUser {

    private final TokenClaims claims;

    public CurrentUser(SecurityProperties properties) {
        this.claims = new TokenClaims(properties.jwt());
    }

    public Optional<LogbookUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof LogbookUserDetails details) {
            return Optional.of(details.user());
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(claims.user(jwt, authentication.getAuthorities()));
        }
        if (principal instanceof OidcUser oidc) {
            return Optional.of(claims.user(oidc, authentication.getAuthorities()));
        }
        Set<Role> roles = roles(authentication.getAuthorities());
        if (roles.isEmpty()) {
            return Optional.empty(); // anonymous
        }
        return Optional.of(new LogbookUser(authentication.getName(), roles, Set.of()));
    }

    /** The current user; callers are behind authenticated endpoints. */
    public LogbookUser require() {
        return get().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("No authenticated user"));
    }

    /** The login of a user who signed in with a password; empty for identity-provider users. */
    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LogbookUserDetails details
                ? Optional.of(details.getUsername()) : Optional.empty();
    }

    /** The login of a password account, or a refusal for users whose password the identity provider keeps. */
    public String requirePasswordAccount() {
        return username().orElseThrow(() -> RuleViolation.conflict(null, "account.external"));
    }

    static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

}
