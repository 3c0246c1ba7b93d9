package qc.logbook.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** The pages' filter chain: sign-in form, CSRF, no caching of pages; the API stays stateless beside it. */
@LogbookIntegrationTest
class PagesSecurityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToTheSignInForm() throws Exception {
        mvc.perform(get("/").with(anonymous()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login").with(anonymous())).andExpect(status().isOk());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(TestUsers.worker("LEVIS"))).andExpect(status().isForbidden());
        mvc.perform(post("/login").with(anonymous()).param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(TestUsers.worker("LEVIS")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesAreNeverCachedWhileStylesAreKeptForAYear() throws Exception {
        mvc.perform(get("/").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        MvcResult css = mvc.perform(get("/css/app.css").with(anonymous())).andExpect(status().isOk()).andReturn();
        assertThat(css.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(css.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theHomePageLinksBrowserFilesByContentHashOrVersion() throws Exception {
        String html = mvc.perform(get("/").with(TestUsers.worker("LEVIS")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("/css/app-[0-9a-f]{32}\\.css")
                .containsPattern("/js/app-[0-9a-f]{32}\\.js")
                .containsPattern("/webjars/htmx.org/\\d+\\.\\d+\\.\\d+/dist/htmx.min.js");
    }

    @Test
    void theApiDoesNotOpenSessions() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/reference").with(anonymous())).andReturn();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }
}
