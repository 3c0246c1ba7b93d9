package qc.logbook.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.LogbookIntegrationTest;

/** With an OIDC client registration, the pages offer signing in through the provider (no provider runs here). */
@LogbookIntegrationTest
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.idp.client-id=logbook",
        "spring.security.oauth2.client.registration.idp.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.idp.client-name=Fournisseur test",
        "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.idp.scope=openid",
        "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.invalid/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=https://idp.invalid/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://idp.invalid/jwks"})
class PagesOidcSignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersTheProviderWhichStartsAnAuthorizationCodeFlow() throws Exception {
        String login = mvc.perform(get("/login").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(login).contains("href=\"/oauth2/authorization/idp\"").contains("Se connecter avec Fournisseur test");

        String location = mvc.perform(get("/oauth2/authorization/idp").with(anonymous()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("https://idp.invalid/authorize?").contains("client_id=logbook")
                .contains("scope=openid").contains("response_type=code");
    }
}
