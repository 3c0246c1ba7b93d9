package qc.logbook.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * The server's side of offline entry: the installable app's files and the session endpoint the outbox sends to. The
 * browser's side (service worker, IndexedDB) is {@code OfflineBrowserTest}.
 */
@LogbookIntegrationTest
class OfflineEntryIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theManifestMakesTheLogbookInstallableInTheReadersLanguage() throws Exception {
        MockHttpServletResponse french = mvc.perform(get("/manifest.webmanifest").with(anonymous())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(french.getContentType()).startsWith("application/manifest+json");
        JsonNode manifest = json.readTree(french.getContentAsByteArray());
        assertThat(manifest.path("name").asText()).isEqualTo("Journal de bord");
        assertThat(manifest.path("start_url").asText()).isEqualTo("/");
        assertThat(manifest.path("display").asText()).isEqualTo("standalone");
        assertThat(manifest.path("theme_color").asText()).isEqualTo("#1d4e89");
        for (JsonNode icon : manifest.path("icons")) {
            MockHttpServletResponse file = mvc.perform(get(icon.path("src").asText()).with(anonymous()))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(file.getContentType()).as(icon.path("src").asText()).isEqualTo(icon.path("type").asText());
        }
        assertThat(manifest.path("icons").findValuesAsText("sizes")).contains("192x192", "512x512");

        JsonNode english = json.readTree(mvc.perform(get("/manifest.webmanifest").with(anonymous())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andReturn().getResponse().getContentAsByteArray());
        assertThat(english.path("name").asText()).isEqualTo("Logbook");
    }

    @Test
    void theServiceWorkerIsRevalidatedAtEveryVisitAndPublic() throws Exception {
        MockHttpServletResponse sw = mvc.perform(get("/sw.js").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(sw.getContentType()).startsWith("text/javascript");
        // not the pages' no-store and not the static files' year: a new version must be found at the same address
        assertThat(sw.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        assertThat(sw.getContentAsString()).contains("THE RULE", "/interventions/new", "/offline");
        // checked at every visit: unchanged, it costs a 304 without a body
        mvc.perform(get("/sw.js").with(anonymous()).header(HttpHeaders.IF_NONE_MATCH, sw.getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());
    }

    @Test
    void theOfflinePageIsPublic() throws Exception {
        String html = mvc.perform(get("/offline").with(anonymous()).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Hors connexion</h1>");
    }

    @Test
    void workersPagesCarryTheOutboxScriptItsTextsAndTheHeaderCount() throws Exception {
        String html = mvc.perform(get("/").with(TestUsers.worker("LEVIS")).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("/js/outbox-[0-9a-f]{32}\\.js")
                .containsPattern("/css/offline-[0-9a-f]{32}\\.css")
                .contains("data-outbox-status", "id=\"offline-texts\"",
                        "data-status-count=\"{count} en attente d’envoi\"", "id=\"sign-out-dialog\"");
        String signIn = mvc.perform(get("/login").with(anonymous())).andReturn().getResponse().getContentAsString();
        assertThat(signIn).doesNotContain("offline-texts");
    }

    @Test
    void theSessionEndpointGivesAFreshTokenOrSendsToSignIn() throws Exception {
        JsonNode session = json.readTree(mvc.perform(get("/sync/session").with(TestUsers.worker("LEVIS"))
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(session.path("token").asText()).isNotBlank();
        assertThat(session.path("header").asText()).isEqualTo("X-CSRF-TOKEN");
        mvc.perform(get("/sync/session").with(anonymous()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is3xxRedirection());
        MockHttpServletResponse page = mvc.perform(get("/sync/session").with(TestUsers.worker("LEVIS"))
                .accept(MediaType.TEXT_HTML)).andExpect(status().isSeeOther()).andReturn().getResponse();
        assertThat(page.getHeader(HttpHeaders.LOCATION)).isEqualTo("/interventions/new");
    }

    @Test
    void anEntrySentTwiceIsRecordedOnceAndItsReferralFollows() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        MockHttpServletResponse first = mvc.perform(sync("/sync/interventions", body))
                .andExpect(status().isCreated()).andReturn().getResponse();
        assertThat(first.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/interventions/" + id);
        // the answer was lost on the way back: the outbox sends the same entry again
        mvc.perform(sync("/sync/interventions", body)).andExpect(status().isCreated());
        assertThat(events(id)).as("recorded once").isEqualTo(1);

        UUID referralId = UUID.randomUUID();
        Map<String, Object> referral = Map.of("referralId", referralId.toString(),
                "sector", "COMMUNITY_ORGANISATION", "need", "FOOD_AID");
        mvc.perform(sync("/sync/interventions/" + id + "/referrals", referral)).andExpect(status().isCreated());
        mvc.perform(sync("/sync/interventions/" + id + "/referrals", referral)).andExpect(status().isCreated());
        assertThat(events(id)).as("the referral, once").isEqualTo(2);
    }

    @Test
    void theServerDecidesTheWorkerAndTheRegionAsForTheFormPost() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        body.remove("workerId");
        body.put("region", "CAPITALE_NATIONALE"); // a stale hidden input: the territory decides
        body.put("territory", "BELLECHASSE");
        mvc.perform(sync("/sync/interventions", body)).andExpect(status().isCreated());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = json.readTree(mvc.perform(get("/api/v1/interventions/" + id)
                    .with(TestUsers.worker("LEVIS", "BELLECHASSE"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray());
            assertThat(view.path("details").path("worker").asText()).isEqualTo("test-worker");
            assertThat(view.path("details").path("region").asText()).isEqualTo("CHAUDIERE_APPALACHES");
        });
        // sent again with another worker named in the body: still the same entry, recorded once
        body.put("workerId", "someone-else");
        mvc.perform(sync("/sync/interventions", body)).andExpect(status().isCreated());
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void refusalsAreTheApisProblemDocumentsInTheReadersLanguage() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        mvc.perform(sync("/sync/interventions", body)).andExpect(status().isCreated());

        body.put("durationMinutes", 50);
        JsonNode conflict = problem(mvc.perform(sync("/sync/interventions", body))
                .andExpect(status().isConflict()).andReturn().getResponse());
        assertThat(conflict.path("errors").get(0).path("field").asText()).isEqualTo("id");

        Map<String, Object> elsewhere = InterventionBodies.individual(UUID.randomUUID());
        elsewhere.put("territory", "BEAUCE-SARTIGAN");
        JsonNode forbidden = problem(mvc.perform(sync("/sync/interventions", elsewhere)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isForbidden()).andReturn().getResponse());
        assertThat(forbidden.path("errors").get(0).path("field").asText()).isEqualTo("territory");
        assertThat(forbidden.path("title").asText()).isEqualTo("Access denied");

        Map<String, Object> invalid = InterventionBodies.individual(UUID.randomUUID());
        invalid.remove("supportCategories");
        JsonNode badRequest = problem(mvc.perform(sync("/sync/interventions", invalid)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(badRequest.path("detail").asText()).isEqualTo("Ce champ est obligatoire.");
        assertThat(badRequest.path("errors").get(0).path("field").asText()).isEqualTo("supportCategories");
    }

    @Test
    void sendingWithoutTheSessionsTokenIsRefused() throws Exception {
        Map<String, Object> body = InterventionBodies.individual(UUID.randomUUID());
        mvc.perform(post("/sync/interventions").with(TestUsers.worker("LEVIS"))
                        .contentType(MediaType.APPLICATION_JSON).content(InterventionBodies.json(body)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sync/interventions").with(TestUsers.evaluator()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(InterventionBodies.json(body)))
                .andExpect(status().isForbidden());
        assertThat(events(UUID.fromString((String) body.get("id")))).isZero();
    }

    private static MockHttpServletRequestBuilder sync(String path, Object body) {
        return post(path).with(TestUsers.worker("LEVIS", "BELLECHASSE")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_PROBLEM_JSON,
                        MediaType.APPLICATION_JSON)
                .content(InterventionBodies.json(body));
    }

    private JsonNode problem(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return json.readTree(response.getContentAsByteArray());
    }

    private int events(UUID id) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id.toString());
        return count == null ? 0 : count;
    }
}
