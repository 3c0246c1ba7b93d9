package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles and territories of an OIDC access token become the logbook user, with claim names from configuration. */
class OidcClaimsTest {

    private final SecurityProperties.Jwt claims = new SecurityProperties.Jwt("preferred_username", "logbook_roles",
            "logbook_territories");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void mapsKnownRolesAndTerritoriesFromConfiguredClaims() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("a1b2").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claims(c -> c.putAll(Map.of("preferred_username", "w-042",
                        "logbook_roles", List.of("WORKER", "SUPERHERO"),
                        "logbook_territories", List.of("LEVIS"))))
                .build();

        AbstractAuthenticationToken token = new SecurityConfiguration.ClaimsConverter(claims).convert(jwt);
        SecurityContextHolder.getContext().setAuthentication(token);
        LogbookUser user = new CurrentUser(new SecurityProperties(null, null, claims)).require();

        assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_WORKER");
        assertThat(user.id()).isEqualTo("w-042");
        assertThat(user.roles()).containsExactly(Role.WORKER);
        assertThat(user.territories()).containsExactly("LEVIS");
        assertThat(user.scope()).isEqualTo("LEVIS");
    }

    @Test
    void aPageSignInThroughOidcGivesTheSameUserAsAnAccessToken() {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id").subject("a1b2").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claims(c -> c.putAll(Map.of("preferred_username", "w-042",
                        "logbook_roles", List.of("COORDINATOR", "SUPERHERO"),
                        "logbook_territories", List.of("LEVIS", "BELLECHASSE"))))
                .build();
        OidcUser fromProvider = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER"),
                new SimpleGrantedAuthority("SCOPE_openid")), idToken);

        OidcUser signedIn = OidcPageSignIn.withLogbookRoles(fromProvider, new TokenClaims(claims));
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(signedIn, signedIn.getAuthorities(), "idp"));
        LogbookUser user = new CurrentUser(new SecurityProperties(null, null, claims)).require();

        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COORDINATOR");
        assertThat(user.id()).isEqualTo("w-042");
        assertThat(user.roles()).containsExactly(Role.COORDINATOR);
        assertThat(user.territories()).containsExactlyInAnyOrder("LEVIS", "BELLECHASSE");
        assertThat(new CurrentUser(new SecurityProperties(null, null, claims)).username())
                .as("no password of ours to change").isEmpty();
    }
}
