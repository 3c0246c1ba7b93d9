package qc.logbook.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** The account pages: admins only, CSRF-protected, refusals on their field with what was typed kept. */
@LogbookIntegrationTest
class AccountPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedCreationShowsTheErrorOnItsFieldAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/admin/accounts").with(TestUsers.admin()).with(csrf())
                        .param("username", "pages-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("roles", "WORKER").param("territories", "LEVIS")
                        .param("password", "court"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"password-error\"")
                .contains("Le mot de passe doit compter au moins 12 caractères.")
                .contains("aria-invalid=\"true\"")
                .containsPattern("value=\"pages-[0-9a-f]{8}\"")
                .containsPattern("id=\"territory-LEVIS\" value=\"LEVIS\" checked")
                .doesNotContain("value=\"court\"");
    }

    @Test
    void aCreatedAccountIsShownWithItsGeneratedPasswordOnce() throws Exception {
        String username = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts").with(TestUsers.admin()).with(csrf())
                        .param("username", username).param("roles", "WORKER").param("territories", "LEVIS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts/" + username))
                .andExpect(flash().attribute("generatedPassword", org.hamcrest.Matchers.hasLength(24)));
        String page = mvc.perform(get("/admin/accounts/" + username).with(TestUsers.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("without the flash, no password").doesNotContain("data-generated-password");
        assertThat(mvc.perform(get("/admin/accounts/changes").with(TestUsers.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(username).contains("Compte créé");
    }

    @Test
    void anEnglishReaderGetsTheRefusalAndTheTerritoriesInEnglish() throws Exception {
        String html = mvc.perform(post("/admin/accounts").with(TestUsers.admin()).with(csrf())
                        .header("Accept-Language", "en")
                        .param("username", "pages-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("roles", "WORKER"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Create an account</h1>")
                .contains("A worker or a coordinator has at least one territory.")
                .contains("id=\"territories-error\"")
                .contains("Every territory");
    }

    @Test
    void onlyAdminsOpenTheAccountPagesAndFormsNeedTheirCsrfToken() throws Exception {
        mvc.perform(get("/admin/accounts").with(TestUsers.worker("LEVIS"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(TestUsers.admin()).param("username", "no-csrf"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account").with(TestUsers.worker("LEVIS"))).andExpect(status().isOk());
    }
}
