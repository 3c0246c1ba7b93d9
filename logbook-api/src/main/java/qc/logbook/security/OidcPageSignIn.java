package qc.logbook.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The pages' sign-in through an OIDC provider ({@code spring.security.oauth2.client.registration.*}): the signed-in
 * person's roles come from the same claim as the API's access tokens, so page rules ({@code hasRole}) and
 * {@link CurrentUser} see the same user whichever door they came through.
 */
final class OidcPageSignIn {

    private OidcPageSignIn() {
    }

    static OAuth2UserService<OidcUserRequest, OidcUser> userService(SecurityProperties properties) {
        OidcUserService delegate = new OidcUserService();
        TokenClaims claims = new TokenClaims(properties.jwt());
        return request -> withLogbookRoles(delegate.loadUser(request), claims);
    }

    /** The provider's user with the logbook's role authorities instead of OIDC scopes. */
    static OidcUser withLogbookRoles(OidcUser user, TokenClaims claims) {
        List<GrantedAuthority> authorities = new ArrayList<>(claims.authorities(user));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }

    /** A sign-in link per configured provider, for the sign-in page. */
    static List<SignInProviders.Provider> providers(ClientRegistrationRepository repository) {
        List<SignInProviders.Provider> providers = new ArrayList<>();
        if (repository instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration r = (ClientRegistration) registration;
                providers.add(new SignInProviders.Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        return providers;
    }
}
