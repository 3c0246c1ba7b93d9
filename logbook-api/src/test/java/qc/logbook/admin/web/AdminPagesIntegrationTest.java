package qc.logbook.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * The administrators' pages: admins only, CSRF on every form, and the same answers as the admin API (read models and
 * their hashes, rebuilds, erasure, journals).
 */
@LogbookIntegrationTest
class AdminPagesIntegrationTest {

    private static final List<String> PAGES = List.of("/admin", "/admin/read-models", "/admin/tenants/forget",
            "/admin/tenant-access", "/admin/audit", "/admin/dead-letters");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void onlyAdminsOpenTheAdminPages() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).with(TestUsers.admin())).andExpect(status().isOk());
            mvc.perform(get(page).with(TestUsers.coordinator("*"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(TestUsers.worker("LEVIS"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(TestUsers.evaluator())).andExpect(status().isForbidden());
        }
        String forbidden = mvc.perform(get("/admin/read-models").with(TestUsers.worker("LEVIS")))
                .andReturn().getResponse().getContentAsString();
        assertThat(forbidden).doesNotContain("data-read-model");
    }

    @Test
    void everyFormOfTheAdminPagesNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/admin/rebuilds").with(TestUsers.admin())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tenants/forget/preview").with(TestUsers.admin())
                .param("tenantRef", "T-1").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tenants/forget").with(TestUsers.admin())
                .param("tenantRef", "T-1").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/dead-letters/intervention-details/retry").with(TestUsers.admin()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/rebuilds").with(TestUsers.worker("LEVIS")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReadModelsPageShowsEachReadModelWithTheApisContentHash() throws Exception {
        String html = page("/admin/read-models");
        JsonNode models = api("/api/v1/admin/read-models");
        assertThat(models).hasSizeGreaterThanOrEqualTo(5);
        for (JsonNode model : models) {
            String name = model.get("name").asText();
            assertThat(html).contains("data-read-model=\"" + name + "\"")
                    .contains("href=\"/admin/rebuilds/new?readModel=" + name + "\"");
        }
        // hashes change while other tests write: compare one that nothing else rebuilds or writes meanwhile
        eventually().untilAsserted(() -> {
            String sha = api("/api/v1/admin/read-models/practice-details/content-hash").get("sha256").asText();
            assertThat(page("/admin/read-models")).contains(sha);
        });
    }

    @Test
    void aRebuildIsConfirmedThenStartedAndItsProgressReachesOneHundredPercent() throws Exception {
        String confirm = page("/admin/rebuilds/new?readModel=practice-details");
        assertThat(confirm).contains("<code>practice-details</code>").contains("name=\"readModel\"")
                .contains("value=\"practice-details\"");
        mvc.perform(get("/admin/rebuilds/new?readModel=nothing-such").with(TestUsers.admin()))
                .andExpect(status().isNotFound());

        String location = eventually().until(() -> mvc.perform(post("/admin/rebuilds").with(TestUsers.admin())
                        .with(csrf()).param("readModel", "practice-details")).andReturn().getResponse()
                .getRedirectedUrl(), url -> url != null);
        assertThat(location).matches("/admin/rebuilds/[0-9a-f-]+");
        String id = location.substring(location.lastIndexOf('/') + 1);

        eventually().untilAsserted(() -> assertThat(page(location + "/progress"))
                .contains("data-state=\"COMPLETED\"")
                .contains("value=\"100\"")
                .contains("Reconstruction terminée")
                .as("finished: no more polling").doesNotContain("hx-trigger"));
        mvc.perform(get("/api/v1/admin/rebuilds/" + id).with(TestUsers.admin()))
                .andExpect(jsonPath("$.state").value("COMPLETED"));
        assertThat(page("/admin/read-models")).contains("href=\"/admin/rebuilds/" + id + "\"");
        mvc.perform(get("/admin/rebuilds/nothing-such").with(TestUsers.admin())).andExpect(status().isNotFound());
    }

    @Test
    void aRunningRebuildIsPolledAndAnnouncedOnlyWhenItEnds() throws Exception {
        String location = eventually().until(() -> mvc.perform(post("/admin/rebuilds").with(TestUsers.admin())
                        .with(csrf()).param("readModel", "practice-search")).andReturn().getResponse()
                .getRedirectedUrl(), url -> url != null);
        String first = page(location);
        if (!first.contains("data-state=\"COMPLETED\"") && !first.contains("data-state=\"FAILED\"")) {
            assertThat(first).contains("hx-trigger=\"every 1s\"")
                    .contains("hx-get=\"" + location + "/progress\"");
        }
        assertThat(first).as("one live region on the page").containsOnlyOnce("id=\"rebuild-announce\"")
                .contains("<progress id=\"rebuild-bar\" max=\"100\"");
        eventually().untilAsserted(() -> assertThat(page(location + "/progress"))
                .as("the last answer replaces the live region once, out of band")
                .contains("id=\"rebuild-announce\" hx-swap-oob=\"true\""));
    }

    @Test
    void forgettingATenantShowsWhatItWillEraseThenErasesIt() throws Exception {
        String ref = "T-PAGE-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = record(ref, "Note confidentielle");
        record(ref, null);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + first))
                .andExpect(jsonPath("$.details.tenant").value(ref)));

        String preview = mvc.perform(post("/admin/tenants/forget/preview").with(TestUsers.admin()).with(csrf())
                        .param("tenantRef", ref).param("reason", "Demande du locataire"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        eventually().untilAsserted(() -> assertThat(mvc.perform(post("/admin/tenants/forget/preview")
                        .with(TestUsers.admin()).with(csrf()).param("tenantRef", ref).param("reason", "x"))
                .andReturn().getResponse().getContentAsString())
                .contains("2 interventions (notes et référence du locataire)"));
        assertThat(preview).contains("1 note, qui se lira «\u00a0[effacé]\u00a0»")
                .contains("1 consultation inscrite au journal des consultations")
                .contains("type=\"hidden\" name=\"tenantRef\" value=\"" + ref + "\"")
                .contains("value=\"Demande du locataire\"");
        assertThat(page("/admin/tenant-access?tenantRef=" + ref)).contains("data-tenant=\"" + ref + "\"");

        String done = mvc.perform(post("/admin/tenants/forget").with(TestUsers.admin()).with(csrf())
                        .param("tenantRef", ref).param("reason", "Demande du locataire"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("2 interventions se lisent désormais comme effacées.").doesNotContain(ref);

        assertThat(page("/admin/tenant-access?tenantRef=" + ref)).contains("data-tenant=\"erased\"")
                .doesNotContain("data-tenant=\"" + ref + "\"");
        // after the log: a read before the read model is scrubbed would record the reference again
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + first))
                .andExpect(jsonPath("$.details.notes").value("[effacé / erased]")));
        assertThat(page("/admin/audit?eventType=TenantForgottenEvent"))
                .contains("data-event-type=\"TenantForgottenEvent\"").contains("Demande du locataire")
                .doesNotContain(ref);

        String again = mvc.perform(post("/admin/tenants/forget/preview").with(TestUsers.admin()).with(csrf())
                        .param("tenantRef", ref).param("reason", "Encore"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).as("a forgotten tenant has no key left").contains("id=\"tenantRef-error\"")
                .contains("Aucune donnée n’est conservée pour ce locataire.");
    }

    @Test
    void aRefusedErasureShowsItsErrorsOnTheirFieldsAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/admin/tenants/forget/preview").with(TestUsers.admin()).with(csrf())
                        .param("tenantRef", "Jean Tremblay").param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("href=\"#tenantRef\"").contains("href=\"#reason\"")
                .contains("id=\"tenantRef-error\"").contains("id=\"reason-error\"")
                .contains("aria-invalid=\"true\"").contains("value=\"Jean Tremblay\"")
                .containsPattern("id=\"tenantRef-error\" class=\"error\">Une référence contient de 2 à 64 lettres");
        String english = mvc.perform(post("/admin/tenants/forget/preview").with(TestUsers.admin()).with(csrf())
                        .header("Accept-Language", "en").param("tenantRef", "T-NOBODY-HERE").param("reason", "x"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("id=\"tenantRef-error\"").contains("value=\"T-NOBODY-HERE\"")
                .contains("<h1>Forget a tenant</h1>");
    }

    @Test
    void theAuditJournalKeepsItsFiltersInTheAddressOfEveryPage() throws Exception {
        for (int i = 0; i < 26; i++) {
            record(null, null);
        }
        String html = page("/admin/audit?from=2000-01-01&eventType=InterventionRecordedEvent");
        assertThat(html).contains("value=\"2000-01-01\"").contains("value=\"InterventionRecordedEvent\"")
                .contains("href=\"/admin/audit?from=2000-01-01&amp;eventType=InterventionRecordedEvent&amp;page=1\"")
                .doesNotContain("data-event-type=\"TenantForgottenEvent\"");
        assertThat(page("/admin/audit?from=2000-01-01&eventType=InterventionRecordedEvent&page=1"))
                .contains("Page 2 de").contains("rel=\"prev\"");

        String inverted = page("/admin/audit?from=2026-02-01&to=2026-01-01");
        assertThat(inverted).contains("id=\"from-error\"").contains("Le début de la période suit sa fin.")
                .contains("value=\"2026-02-01\"").doesNotContain("data-event-type");
        assertThat(page("/admin/audit?to=demain")).contains("id=\"to-error\"").contains("value=\"demain\"");
        assertThat(page("/admin/audit?userId=nobody-" + UUID.randomUUID()))
                .contains("Aucun événement ne répond à ces filtres.");
    }

    @Test
    void theDeadLettersPageListsEveryGroupAndRetriesOne() throws Exception {
        String html = page("/admin/dead-letters");
        for (JsonNode group : api("/api/v1/admin/dead-letters")) {
            assertThat(html).contains("data-group=\"" + group.get("group").asText() + "\"");
        }
        mvc.perform(post("/admin/dead-letters/intervention-details/retry").with(TestUsers.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/dead-letters"))
                .andExpect(flash().attributeExists("outcome"));
        mvc.perform(post("/admin/dead-letters/nothing-such/retry").with(TestUsers.admin()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(TestUsers.admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private JsonNode api(String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(TestUsers.admin())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private UUID record(String tenantRef, String notes) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        if (notes == null) {
            body.remove("notes");
        } else {
            body.put("notes", notes);
        }
        if (tenantRef == null) {
            body.remove("tenantRef");
        } else {
            body.put("tenantRef", tenantRef);
        }
        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isCreated());
        return id;
    }
}
