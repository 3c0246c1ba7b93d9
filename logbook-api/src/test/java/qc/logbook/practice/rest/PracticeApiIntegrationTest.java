package qc.logbook.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.practice.command.PracticeForms.complete;
import static qc.logbook.practice.command.PracticeForms.maximal;
import static qc.logbook.practice.command.PracticeForms.text;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.domain.Text;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.security.Role;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

@LogbookIntegrationTest
class PracticeApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCompletePracticeWithEveryFieldAtItsLimitReadsBackIdentical() throws Exception {
        UUID id = UUID.randomUUID();
        PracticeForm form = maximal();
        post("/api/v1/practices", Map.of("id", id, "form", form))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/practices/" + id));
        post("/api/v1/practices/" + id + "/submission").andExpect(status().isNoContent());
        post("/api/v1/practices/" + id + "/publication").andExpect(status().isNoContent());

        JsonNode sent = json.valueToTree(form);
        eventually().untilAsserted(() -> {
            JsonNode detail = getJson("/api/v1/practices/" + id);
            assertThat(detail.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(detail.path("publishedForm")).isEqualTo(sent);
            assertThat(json.treeToValue(detail.path("publishedForm"), PracticeForm.class)).isEqualTo(form);
            assertThat(detail.path("revisions").get(0).path("form")).isEqualTo(sent);
        });
        // every text of the form survived whole: the longest answers, the accents and the astral characters
        assertThat(sent.path("keyMessage2").asText()).isEqualTo(text(1200));
        assertThat(Text.graphemes(sent.path("description").path("origin").asText())).isEqualTo(1000);
    }

    @Test
    void aTextOneCharacterOverItsLimitIsRefusedNamingTheFieldAndTheLimit() throws Exception {
        UUID id = UUID.randomUUID();
        PracticeDescription d = maximal().description();
        PracticeForm tooLong = maximal().toBuilder().description(new PracticeDescription(text(1001), d.coverage(),
                d.objectives(), d.means(), d.perceivedOutcomes(), d.measuredOutcomes(), d.categories(), d.items(),
                d.other(), d.specificProjects(), d.specificProjectsOther())).build();

        post("/api/v1/practices", Map.of("id", id, "form", tooLong))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("form.description.origin"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.too-long"))
                .andExpect(jsonPath("$.errors[0].message_fr", containsString("max. 1\u00a0000 caractères")))
                .andExpect(jsonPath("$.errors[0].message_en", containsString("max. 1,000 characters")));
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void fourSclsCharacteristicsAreRefused() throws Exception {
        Map<String, Object> form = formAsMap(complete());
        form.put("sclsCharacteristics", java.util.List.of("PREVENTION", "SOCIAL_TIES", "EMPOWERMENT",
                "RESIDENTIAL_STABILITY"));
        post("/api/v1/practices", Map.of("form", form))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form.sclsCharacteristics"))
                .andExpect(jsonPath("$.errors[0].rule").value("scls.too-many"));
    }

    @Test
    void anUnknownTaxonomyCodeNamesItsField() throws Exception {
        Map<String, Object> form = formAsMap(complete());
        form.put("selfRating", "EXCELLENTE");
        post("/api/v1/practices", Map.of("form", form))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form.selfRating"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-value"));
    }

    @Test
    void aDraftWithoutFormIsRefused() throws Exception {
        post("/api/v1/practices", Map.of("id", UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form"));
    }

    @Test
    void aRetriedDraftAnswersAsTheFirstTimeAndAnotherFormUnderTheSameIdIsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/practices", Map.of("id", id, "form", complete())).andExpect(status().isCreated());
        post("/api/v1/practices", Map.of("id", id, "form", complete()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/practices/" + id));
        assertThat(eventsOf(id)).isEqualTo(1);

        post("/api/v1/practices", Map.of("id", id, "form", PracticeForm.named("Autre chose")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("practice.id-taken"));
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void goesThroughTheWholeLifecycleOverHttp() throws Exception {
        UUID id = UUID.randomUUID();
        String practice = "/api/v1/practices/" + id;
        String marker = "cycle" + Long.toString(Math.abs(id.getMostSignificantBits()), 36).replaceAll("\\d", "");

        post("/api/v1/practices", Map.of("id", id, "form", PracticeForm.named("Ébauche " + marker)))
                .andExpect(status().isCreated());
        post(practice + "/submission")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("form.regions"))
                .andExpect(jsonPath("$.errors[0].rule").value("submission.incomplete"));
        post(practice + "/publication")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("practice.not-submitted"));

        PracticeForm first = complete().toBuilder().name("Jardin " + marker).build();
        put(practice + "/draft", Map.of("form", first)).andExpect(status().isNoContent());
        post(practice + "/submission").andExpect(status().isNoContent());
        put(practice + "/draft", Map.of("form", first))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("practice.already-submitted"));
        post(practice + "/return", Map.of("comment", "Préciser les moyens."))
                .andExpect(status().isNoContent());
        post(practice + "/submission").andExpect(status().isNoContent());
        post(practice + "/publication").andExpect(status().isNoContent());
        post(practice + "/publication")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("practice.no-revision-under-way"));

        eventually().untilAsserted(() -> assertThat(searchNames(marker)).containsExactly("Jardin " + marker));

        // a revision goes through review again while the published one stays visible
        post(practice + "/revisions", Map.of("reason", "Ajout de la serre"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", practice + "/revisions/2"));
        post(practice + "/revisions", Map.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("practice.revision-pending"));
        PracticeForm second = first.toBuilder().name("Jardin et serre " + marker).build();
        put(practice + "/draft", Map.of("form", second)).andExpect(status().isNoContent());
        post(practice + "/submission").andExpect(status().isNoContent());

        eventually().untilAsserted(() -> {
            JsonNode detail = getJson(practice);
            assertThat(detail.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(detail.path("publishedRevision").asInt()).isEqualTo(1);
            assertThat(detail.path("publishedForm").path("name").asText()).isEqualTo("Jardin " + marker);
            assertThat(detail.path("workingRevision").asInt()).isEqualTo(2);
            assertThat(detail.path("revisions").get(1).path("status").asText()).isEqualTo("SUBMITTED");
            assertThat(detail.path("revisions").get(1).path("reason").asText()).isEqualTo("Ajout de la serre");
        });
        assertThat(searchNames(marker)).containsExactly("Jardin " + marker);

        post(practice + "/publication").andExpect(status().isNoContent());
        eventually().untilAsserted(() -> {
            assertThat(searchNames(marker)).containsExactly("Jardin et serre " + marker);
            JsonNode detail = getJson(practice);
            assertThat(detail.path("publishedRevision").asInt()).isEqualTo(2);
            assertThat(detail.path("revisions").get(0).path("status").asText()).isEqualTo("SUPERSEDED");
            assertThat(detail.path("revisions").get(0).path("returns").get(0).path("comment").asText())
                    .isEqualTo("Préciser les moyens.");
            assertThat(detail.path("revisions").get(1).path("status").asText()).isEqualTo("PUBLISHED");
        });
        mvc.perform(get(practice + "/revisions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.name").value("Jardin " + marker));

        post(practice + "/retirement", Map.of("reason", "Projet terminé."), TestUsers.coordinator("LEVIS"))
                .andExpect(status().isNoContent());
        post(practice + "/revisions")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("practice.retired"));
        eventually().untilAsserted(() -> {
            assertThat(searchNames(marker)).isEmpty();
            JsonNode detail = getJson(practice);
            assertThat(detail.path("status").asText()).isEqualTo("RETIRED");
            assertThat(detail.path("retirementReason").asText()).isEqualTo("Projet terminé.");
            JsonNode history = detail.path("history");
            assertThat(history).hasSize(11);
            assertThat(history.get(3).path("step").asText()).isEqualTo("RETURNED");
            assertThat(history.get(3).path("note").asText()).isEqualTo("Préciser les moyens.");
            assertThat(history.get(10).path("step").asText()).isEqualTo("RETIRED");
            assertThat(history.get(0).path("actor").asText()).isEqualTo("test-super");
            assertThat(history.get(10).path("actor").asText()).isEqualTo("test-coordinator");
        });
        assertThat(eventsOf(id)).as("drafted, updated, submitted, returned, submitted, published, revision started, updated, submitted, published, retired").isEqualTo(11);
    }

    @Test
    void workersDraftAndSubmitWhileCoordinatorsReview() throws Exception {
        UUID id = UUID.randomUUID();
        String practice = "/api/v1/practices/" + id;
        post("/api/v1/practices", Map.of("id", id, "form", complete()), TestUsers.worker("LEVIS"))
                .andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.post(practice + "/submission").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isNoContent());
        mvc.perform(MockMvcRequestBuilders.post(practice + "/publication").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isForbidden());
        post(practice + "/return", Map.of("comment", "Non."), TestUsers.worker("LEVIS"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(practice + "/publication").with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isNoContent());
        post("/api/v1/practices", Map.of("form", complete()), TestUsers.evaluator())
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/practices").with(TestUsers.evaluator())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices").with(anonymous())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/practices/taxonomies").with(anonymous())).andExpect(status().isOk());
        assertThat(eventsOf(id)).as("drafted, submitted, published").isEqualTo(3);
    }

    @Test
    void anUnknownPracticeIsNotFound() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(get("/api/v1/practices/" + id)).andExpect(status().isNotFound());
        post("/api/v1/practices/" + id + "/submission").andExpect(status().isNotFound());
    }

    @Test
    void listsEveryTaxonomyWithFrenchAndEnglishLabels() throws Exception {
        mvc.perform(get("/api/v1/practices/taxonomies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions.length()").value(17))
                .andExpect(jsonPath("$.healthRegions.length()").value(18))
                .andExpect(jsonPath("$.healthRegions[17].labelFr").value("Terres-Cries-de-la-Baie-James"))
                .andExpect(jsonPath("$.healthRegions[17].number").value("18"))
                .andExpect(jsonPath("$.tenure[3].labelFr").value("Plusieurs tenures"))
                .andExpect(jsonPath("$['description.items'][0].parent").value("INTEGRATION"))
                .andExpect(jsonPath("$.selfRating[2].labelFr").value("Émergente"))
                .andExpect(jsonPath("$.selfRating[2].labelEn").value("Emerging"))
                .andExpect(jsonPath("$.selfRating[2].definitionFr", containsString("innovation")))
                .andExpect(jsonPath("$.sclsCharacteristics.length()").value(11))
                .andExpect(jsonPath("$.targetPopulations.length()").value(18))
                .andExpect(jsonPath("$.partners.length()").value(13))
                .andExpect(jsonPath("$['impacts.psychosocial'].length()").value(12))
                .andExpect(jsonPath("$['impacts.economic'].length()").value(6))
                .andExpect(jsonPath("$['impacts.health'].length()").value(10));
    }

    @Test
    void documentsTheEndpointsInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/practices'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/practices'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/practices/{id}/submission'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/practices/{id}/revisions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/practices/taxonomies'].get").exists());
    }

    @Test
    void workInProgressIsSeenOnlyByItsAuthorsAndCoordinators() throws Exception {
        UUID id = UUID.randomUUID();
        String practice = "/api/v1/practices/" + id;
        RequestPostProcessor author = TestUsers.as("practice-author-" + id.toString().substring(0, 8),
                java.util.Set.of(Role.WORKER), java.util.Set.of("LEVIS"));
        RequestPostProcessor otherWorker = TestUsers.as("another-worker", java.util.Set.of(Role.WORKER),
                java.util.Set.of("LEVIS"));
        post("/api/v1/practices", Map.of("id", id, "form", complete()), author).andExpect(status().isCreated());

        eventually().untilAsserted(() -> mvc.perform(get(practice).with(author))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT")));
        mvc.perform(get(practice).with(TestUsers.coordinator("LEVIS"))).andExpect(status().isOk());
        for (RequestPostProcessor reader : java.util.List.of(TestUsers.evaluator(), TestUsers.admin(), otherWorker)) {
            mvc.perform(get(practice).with(reader)).andExpect(status().isNotFound());
            mvc.perform(get(practice + "/revisions/1").with(reader)).andExpect(status().isNotFound());
        }

        mvc.perform(MockMvcRequestBuilders.post(practice + "/submission").with(author))
                .andExpect(status().isNoContent());
        mvc.perform(MockMvcRequestBuilders.post(practice + "/publication").with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isNoContent());
        post(practice + "/revisions", Map.of("reason", "Mise à jour"), author).andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get(practice).with(author))
                .andExpect(jsonPath("$.workingRevision").value(2)));

        // readers see the published revision and its steps, not the revision under way
        for (RequestPostProcessor reader : java.util.List.of(TestUsers.evaluator(), TestUsers.admin(), otherWorker)) {
            mvc.perform(get(practice).with(reader))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.publishedRevision").value(1))
                    .andExpect(jsonPath("$.workingRevision").doesNotExist())
                    .andExpect(jsonPath("$.revisions.length()").value(1))
                    .andExpect(jsonPath("$.history[?(@.step == 'REVISION_STARTED')]").isEmpty());
            mvc.perform(get(practice + "/revisions/1").with(reader)).andExpect(status().isOk());
            mvc.perform(get(practice + "/revisions/2").with(reader)).andExpect(status().isNotFound());
        }
        mvc.perform(get(practice + "/revisions/2").with(author)).andExpect(status().isOk());
        mvc.perform(get(practice + "/revisions/2").with(TestUsers.coordinator("LEVIS"))).andExpect(status().isOk());
    }

    @Test
    void anUnknownSortIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/practices").param("sort", "popularity"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/practices").param("region", "ATLANTIDE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
    }

    private java.util.List<String> searchNames(String text) throws Exception {
        JsonNode result = json.readTree(mvc.perform(get("/api/v1/practices").param("q", text))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        java.util.List<String> names = new java.util.ArrayList<>();
        result.path("items").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> formAsMap(PracticeForm form) {
        return json.convertValue(form, Map.class);
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ResultActions post(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path));
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions post(String path, Object body, RequestPostProcessor user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions put(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private int eventsOf(UUID id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, id.toString());
    }
}
