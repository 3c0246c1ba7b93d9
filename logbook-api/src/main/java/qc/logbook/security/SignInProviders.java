package qc.logbook.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OIDC providers the sign-in page offers a button for ({@code @signInProviders.all()}); none by default. */
@Component("signInProviders")
public class SignInProviders {

    private final List<Provider> providers;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> repository) {
        ClientRegistrationRepository registrations = repository.getIfAvailable();
        this.providers = registrations == null ? List.of() : OidcPageSignIn.providers(registrations);
    }

    /** @param id the registration id, as in {@code /oauth2/authorization/{id}} */
    public record Provider(String id, String name) {
    }

    public List<Provider> all() {
        return providers;
    }
}
