package qc.logbook.intervention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.individual;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** The workers' intervention pages through MockMvc: what the controllers decide (bindings, refusals, scope). */
@LogbookIntegrationTest
class InterventionPagesIntegrationTest {

    private static final RequestPostProcessor WORKER = TestUsers.worker("LEVIS", "BELLECHASSE");

    @Autowired
    MockMvc mvc;

    @Test
    void theEntryFormOffersOnlyTheWorkersTerritoriesAndKeepsTheOfflineContract() throws Exception {
        Document page = page(get("/interventions/new").with(WORKER), 200);

        assertThat(page.select("select#territory option[value]").eachAttr("value"))
                .containsExactly("", "BELLECHASSE", "LEVIS");
        assertThat(page.select("select#territory optgroup").attr("label")).isEqualTo("Chaudière-Appalaches");
        var form = page.selectFirst("form#intervention-form");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/interventions");
        assertThat(form.attr("data-outbox")).isEqualTo("intervention");
        assertThat(form.attr("hx-post")).isEqualTo("/interventions");
        assertThat(form.attr("hx-target")).isEqualTo("main");
        assertThat(form.attr("hx-select")).isEqualTo("main");
        assertThat(form.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(UUID.fromString(form.selectFirst("input[type=hidden][name=id]").val())).isNotNull();
        assertThat(form.select("input[name=workerId]")).as("the API fills in the signed-in worker").isEmpty();
        assertThat(form.select("[name]").eachAttr("name")).contains("date", "territory", "region",
                "housingOrganisation", "tenure", "mode", "targetGroups", "ageGroups", "durationMinutes",
                "supportCategories", "notes", "tenantRef", "participants", "followUpPlanned", "workerRole");
        assertThat(form.selectFirst("#date").val()).isEqualTo(LocalDate.now(ZoneId.of("America/Toronto")).toString());
        assertThat(form.select("#targetGroups .choice input[type=checkbox]")).hasSize(10);
        assertThat(page.selectFirst("#notes-hint").text()).startsWith("Renseignement personnel : ");
        assertThat(page.selectFirst("#tenantRef-hint").text()).contains("jamais un nom");
    }

    @Test
    void aFormRefusedByTheDomainKeepsEverythingTypedAndShowsTheErrorOnItsField() throws Exception {
        String future = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(5).toString();
        Document page = page(entry(UUID.randomUUID(), Map.of("date", future)), 422);

        var date = page.selectFirst("#date");
        assertThat(date.val()).isEqualTo(future);
        assertThat(date.attr("aria-invalid")).isEqualTo("true");
        assertThat(date.attr("aria-describedby")).isEqualTo("date-error");
        assertThat(page.selectFirst("#date-error").text()).isNotBlank();
        var summary = page.selectFirst("[role=alert]");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#date");
        assertThat(summary.text()).contains("Date de l’intervention");
        assertThat(page.selectFirst("#notes").text()).isEqualTo("Café-rencontre, suivi demandé");
        assertThat(page.selectFirst("#targetGroups-FAMILIES").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#targetGroups-SENIORS").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("#tenure-HLM_OMH").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#territory option[value=BELLECHASSE]").hasAttr("selected")).isTrue();
    }

    @Test
    void missingChoicesAreNamedOnTheirFieldsInTheReadersLanguage() throws Exception {
        UUID id = UUID.randomUUID();
        Document french = page(entry(id, Map.of("durationMinutes", "trois quarts d'heure",
                "supportCategories", "")), 422);
        assertThat(french.selectFirst("#durationMinutes-error").text())
                .isEqualTo("Indiquez la durée en minutes, en chiffres.");
        assertThat(french.selectFirst("#durationMinutes").val()).as("kept as typed").isEqualTo("trois quarts d'heure");
        assertThat(french.selectFirst("#id, input[name=id]").val()).as("same id: a resend is idempotent")
                .isEqualTo(id.toString());

        Document english = page(entry(id, Map.of("durationMinutes", "", "targetGroups", ""))
                .header("Accept-Language", "en"), 422);
        assertThat(english.selectFirst("#durationMinutes-error").text()).isEqualTo("Enter the duration in minutes.");
        assertThat(english.selectFirst("#targetGroups").attr("aria-describedby")).isEqualTo("targetGroups-error");
        assertThat(english.selectFirst("#targetGroups-error").text()).isEqualTo("Choose at least one group reached.");
    }

    @Test
    void aRecordedInterventionIsTheSignedInWorkersAndItsPageSaysSo() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(entry(id, Map.of("mode", "COLLECTIVE", "tenantRef", "T-HIDDEN")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/interventions/" + id + "?done=recorded"));

        Document detail = page(get("/interventions/" + id).param("done", "recorded").with(WORKER), 200);
        assertThat(detail.selectFirst("[role=status]").text()).isEqualTo("Intervention enregistrée.");
        assertThat(detail.text()).contains("Bellechasse", "test-worker").doesNotContain("T-HIDDEN");
        mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(jsonPath("$.details.worker").value("test-worker"))
                .andExpect(jsonPath("$.details.region").value("CHAUDIERE_APPALACHES"))
                .andExpect(jsonPath("$.details.mode").value("COLLECTIVE"))
                .andExpect(jsonPath("$.details.tenant").doesNotExist());
    }

    @Test
    void htmxIsToldWhereToGoAfterRecording() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(entry(id).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/interventions/" + id + "?done=recorded"));
    }

    @Test
    void anotherTerritorysInterventionIsAPageNotFound() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = individual(id);
        body.put("territory", "MONTMAGNY");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id)).andExpect(status().isOk()));

        MvcResult result = mvc.perform(get("/interventions/" + id).with(WORKER).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("h1").text())
                .isEqualTo("Page introuvable");
        mvc.perform(get("/interventions/" + id + "/correct").with(WORKER)).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post("/interventions/" + id + "/cancellation").with(WORKER).with(csrf())
                .param("reason", "x")).andExpect(status().isNotFound());
    }

    @Test
    void theDetailPageHoldingNotesIsNeverCached() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(entry(id)).andExpect(status().isSeeOther());
        mvc.perform(get("/interventions/" + id).param("done", "recorded").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void aReferralRefusedForLackOfANeedKeepsTheSectorAndSaysWhy() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(entry(id)).andExpect(status().isSeeOther());
        page(get("/interventions/" + id).param("done", "recorded").with(WORKER), 200);

        Document page = page(MockMvcRequestBuilders.post("/interventions/" + id + "/referrals").with(WORKER)
                .with(csrf()).param("referralId", UUID.randomUUID().toString())
                .param("sector", "HEALTH_AND_SOCIAL_SERVICES"), 422);
        assertThat(page.selectFirst("#need-error").text()).isEqualTo("Choisissez le besoin.");
        assertThat(page.selectFirst("#sector option[value=HEALTH_AND_SOCIAL_SERVICES]").hasAttr("selected")).isTrue();

        String back = mvc.perform(MockMvcRequestBuilders.post("/interventions/" + id + "/referrals").with(WORKER)
                        .with(csrf()).param("sector", "HEALTH_AND_SOCIAL_SERVICES").param("need", "MENTAL_HEALTH"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document detail = page(get(back).with(WORKER), 200);
        assertThat(detail.select(".referral").text()).as("the page waited for its write to show")
                .contains("Santé mentale", "Suite à inscrire");
        Document open = page(get("/referrals/open").with(WORKER), 200);
        assertThat(open.select("a[href=/interventions/" + id + "]")).hasSize(1);
    }

    @Test
    void workersListTheirOwnInterventionsAndCoordinatorsTheirTerritories() throws Exception {
        UUID mine = UUID.randomUUID();
        mvc.perform(entry(mine, Map.of("date", "2026-04-07"))).andExpect(status().isSeeOther());
        UUID colleagues = UUID.randomUUID();
        mvc.perform(entry(colleagues, Map.of("date", "2026-04-07")).with(TestUsers.as("other-worker",
                java.util.Set.of(qc.logbook.security.Role.WORKER), java.util.Set.of("BELLECHASSE"))))
                .andExpect(status().isSeeOther());
        String day = "/interventions?from=2026-04-07&to=2026-04-07&territory=BELLECHASSE";

        eventually().untilAsserted(() -> assertThat(page(get(day).with(TestUsers.coordinator("BELLECHASSE")), 200)
                .select(".intervention-card a").eachAttr("href"))
                .contains("/interventions/" + mine, "/interventions/" + colleagues));
        Document worker = page(get(day).with(WORKER), 200);
        assertThat(worker.select(".intervention-card a").eachAttr("href"))
                .contains("/interventions/" + mine).doesNotContain("/interventions/" + colleagues);
        assertThat(worker.selectFirst("#from").val()).as("the filters stay in the form").isEqualTo("2026-04-07");
        assertThat(page(get(day).with(TestUsers.coordinator("LEVIS")), 200).select(".intervention-card")).isEmpty();
    }

    @Test
    void theNewFormStartsFromTheWorkersLastChoices() throws Exception {
        RequestPostProcessor worker = TestUsers.as("worker-of-lotbiniere",
                java.util.Set.of(qc.logbook.security.Role.WORKER), java.util.Set.of("LOTBINIERE", "LEVIS"));
        mvc.perform(entry(UUID.randomUUID(), Map.of("territory", "LOTBINIERE", "housingOrganisation",
                "OBNL Les Habitations du Fleuve", "tenure", "OBNL", "workerRole", "COMMUNITY_ORGANISATION"))
                .with(worker)).andExpect(status().isSeeOther());

        eventually().untilAsserted(() -> {
            Document form = page(get("/interventions/new").with(worker), 200);
            assertThat(form.selectFirst("#territory option[value=LOTBINIERE]").hasAttr("selected")).isTrue();
            assertThat(form.selectFirst("#region").val()).isEqualTo("CHAUDIERE_APPALACHES");
            assertThat(form.selectFirst("#housingOrganisation").val()).isEqualTo("OBNL Les Habitations du Fleuve");
            assertThat(form.selectFirst("#tenure-OBNL").hasAttr("checked")).isTrue();
            assertThat(form.selectFirst("#workerRole option[value=COMMUNITY_ORGANISATION]").hasAttr("selected"))
                    .isTrue();
            assertThat(form.selectFirst("#notes").text()).as("never carried over").isEmpty();
        });
    }

    @Test
    void aForgottenTenantsNotesAndReferenceReadAsErased() throws Exception {
        UUID id = UUID.randomUUID();
        String tenant = "T-" + id.toString().substring(0, 8);
        mvc.perform(entry(id, Map.of("tenantRef", tenant))).andExpect(status().isSeeOther());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id)).andExpect(status().isOk()));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/tenants/forget").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("tenantRef", tenant, "reason", "Demande d’effacement"))))
                .andExpect(status().isOk());

        eventually().untilAsserted(() -> {
            Document page = page(get("/interventions/" + id).with(WORKER), 200);
            assertThat(page.selectFirst(".notes--erased").text()).isEqualTo("effacé");
            assertThat(page.text()).doesNotContain("Café-rencontre", tenant, "ERASED", "[effacé / erased]")
                    .contains("Renseignements personnels effacés");
        });
        Document correction = page(get("/interventions/" + id + "/correct").with(WORKER), 200);
        assertThat(correction.selectFirst("#notes").text()).as("the erased mark never becomes notes").isEmpty();
        assertThat(correction.selectFirst("#tenantRef").val()).isEmpty();
    }

    @Test
    void aFilterThatIsNoCodeAnswersAPageNotAProblemDocument() throws Exception {
        MvcResult result = mvc.perform(get("/interventions").param("tenure", "CHATEAU").with(WORKER)
                .accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("h1").text())
                .isEqualTo("La demande n’a pas abouti");
    }

    /** A complete, valid entry form as a worker of Lévis and Bellechasse sends it. */
    private MockHttpServletRequestBuilder entry(UUID id) {
        return entry(id, Map.of());
    }

    /** The same form with some inputs changed; an empty text leaves the input out, as an unticked box is. */
    private MockHttpServletRequestBuilder entry(UUID id, Map<String, String> changes) {
        Map<String, String> inputs = new java.util.LinkedHashMap<>();
        inputs.put("id", id.toString());
        inputs.put("date", "2026-03-02");
        inputs.put("territory", "BELLECHASSE");
        inputs.put("housingOrganisation", "OH de Bellechasse");
        inputs.put("tenure", "HLM_OMH");
        inputs.put("mode", "INDIVIDUAL");
        inputs.put("targetGroups", "FAMILIES");
        inputs.put("ageGroups", "AGE_18_34");
        inputs.put("durationMinutes", "30");
        inputs.put("supportCategories", "INFORMATION_AND_REFERRAL");
        inputs.put("notes", "Café-rencontre, suivi demandé");
        inputs.put("workerRole", "OUTREACH_WORKER");
        inputs.putAll(changes);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/interventions").with(WORKER).with(csrf());
        inputs.forEach((name, value) -> {
            if (!value.isEmpty() || name.equals("durationMinutes")) {
                request.param(name, value);
            }
        });
        return request;
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(status)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
