package qc.logbook.intervention.upcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.RevisionOneRows;
import qc.logbook.support.TestDays;

/**
 * A store holding revision-1 events, written as rows the way the first release wrote them, is read through the
 * upcasters by the aggregate, the live projections and a full rebuild, and gives the same read models as revision-2
 * events with the same content.
 */
@LogbookIntegrationTest
class SchemaEvolutionIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void revisionOneEventsReplayIntoTheSameReadModelsAsRevisionTwo() throws Exception {
        LocalDate day = TestDays.unique();
        UUID legacy = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        Map<String, Object> details = RevisionOneRows.interventionDetails(day);

        Map<String, Object> corrected = new LinkedHashMap<>(details);
        corrected.put("durationMinutes", 50);
        RevisionOneRows.insert(jdbc, legacy, 0, "InterventionRecordedEvent",
                Map.of("interventionId", legacy.toString(), "details", details));
        RevisionOneRows.insert(jdbc, legacy, 1, "InterventionCorrectedEvent",
                Map.of("interventionId", legacy.toString(), "details", corrected, "reason", "Durée"));
        RevisionOneRows.insert(jdbc, legacy, 2, "TenantReferredEvent", Map.of("interventionId", legacy.toString(),
                "referralId", UUID.randomUUID().toString(), "sector", "MUNICIPAL", "need", "HOUSING",
                "accompanied", false, "referredOn", day.toString()));

        post("/api/v1/interventions", request(current, details));
        Map<String, Object> correction = request(current, details);
        correction.put("durationMinutes", 50);
        post("/api/v1/interventions/" + current + "/corrections", Map.of("reason", "Durée", "details", correction));
        post("/api/v1/interventions/" + current + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING",
                "referredOn", day.toString()));

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.interventions").value(2))
                .andExpect(jsonPath("$.referrals").value(2)));
        // both views, each projected in its own time: the current one's correction may land after the legacy one's
        for (UUID id : new UUID[] {legacy, current}) {
            eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                    .andExpect(jsonPath("$.timeline.length()").value(3)));
        }
        JsonNode legacyView = view(legacy);
        assertThat(legacyView.get("details")).isEqualTo(view(current).get("details"));
        assertThat(legacyView.at("/details/durationMinutes").asInt()).isEqualTo(50);
        assertThat(legacyView.at("/details").has("followUpPlanned")).isFalse();

        String breakdownBefore = breakdown(day);
        rebuildAll();
        assertThat(view(legacy)).isEqualTo(legacyView);
        assertThat(breakdown(day)).isEqualTo(breakdownBefore);

        // the aggregate itself is sourced from revision-1 events
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions/" + legacy + "/cancellation")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Doublon\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void revisionTwoCollectiveEventsReadAsParticipantsNotStatedAndTakeACorrectionThatCountsThem() throws Exception {
        LocalDate day = TestDays.unique();
        UUID legacy = UUID.randomUUID();
        Map<String, Object> details = RevisionOneRows.interventionDetails(day);
        details.put("mode", "COLLECTIVE");
        details.remove("tenant");
        details.put("targetGroups", List.of("ALL_TENANTS"));
        details.put("supportCategories", List.of("COLLECTIVE_LIFE"));
        details.put("followUpPlanned", true);
        RevisionOneRows.insert(jdbc, legacy, 0, "InterventionRecordedEvent",
                Map.of("interventionId", legacy.toString(), "details", details), "2");

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + legacy))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.followUpPlanned").value(true))
                .andExpect(jsonPath("$.details.participants").doesNotExist()));

        // the aggregate is sourced from the revision-2 event and takes a correction that states the number
        Map<String, Object> correction = request(legacy, details);
        correction.remove("id");
        correction.put("participants", 9);
        post("/api/v1/interventions/" + legacy + "/corrections", Map.of("reason", "Nombre de participants",
                "details", correction));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + legacy))
                .andExpect(jsonPath("$.details.participants").value(9)));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.participants").value(9))
                .andExpect(jsonPath("$.participantsByKind[?(@.code == 'GROUP_PROJECT')].count").value(0)));
    }

    private static Map<String, Object> request(UUID id, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>(details);
        body.put("id", id.toString());
        body.put("workerId", body.remove("worker"));
        body.put("tenantRef", body.remove("tenant"));
        return body;
    }

    private JsonNode view(UUID id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String breakdown(LocalDate day) throws Exception {
        return mvc.perform(get("/api/v1/stats/referrals").param("from", day.toString()).param("to", day.toString()))
                .andReturn().getResponse().getContentAsString();
    }

    private void rebuildAll() throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/rebuilds")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                JSON.readTree(mvc.perform(get(location)).andReturn().getResponse().getContentAsString())
                        .get("state").asText().equals("COMPLETED"));
    }

    private void post(String path, Object body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andExpect(status().is2xxSuccessful());
    }
}
