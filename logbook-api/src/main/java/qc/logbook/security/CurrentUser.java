package qc.logbook.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The user of the current request, read from Spring Security whatever the login mechanism. */
@Component
public class CurrentUser {

    private final SecurityProperties.Jwt claims;

    public CurrentUser(SecurityProperties properties) {
        this.claims = properties.jwt();
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
        Set<Role> roles = roles(authentication.getAuthorities());
        if (principal instanceof Jwt jwt) {
            String id = jwt.getClaimAsString(claims.usernameClaim());
            List<String> territories = jwt.getClaimAsStringList(claims.territoriesClaim());
            return Optional.of(new LogbookUser(id == null ? jwt.getSubject() : id, roles,
                    territories == null ? Set.of() : Set.copyOf(territories)));
        }
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
