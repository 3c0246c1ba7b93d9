package qc.logbook.intervention.upcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.LogbookIntegrationTest;

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
        LocalDate day = LocalDate.of(2002, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        UUID legacy = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        Map<String, Object> details = details(day);

        Map<String, Object> corrected = new LinkedHashMap<>(details);
        corrected.put("durationMinutes", 50);
        insertRevisionOne(legacy, 0, "InterventionRecordedEvent",
                Map.of("interventionId", legacy.toString(), "details", details));
        insertRevisionOne(legacy, 1, "InterventionCorrectedEvent",
                Map.of("interventionId", legacy.toString(), "details", corrected, "reason", "Durée"));
        insertRevisionOne(legacy, 2, "TenantReferredEvent", Map.of("interventionId", legacy.toString(),
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
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + legacy))
                .andExpect(jsonPath("$.timeline.length()").value(3)));
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

    private void insertRevisionOne(UUID aggregate, long sequence, String type, Map<String, Object> payload)
            throws Exception {
        Map<String, Object> metadata = Map.of("userId", "legacy-import", "commandName", "LegacyImport",
                "correlationId", UUID.randomUUID().toString());
        jdbc.update("insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "meta_data, payload, payload_revision, payload_type, time_stamp) "
                        + "values (?, ?, 'Intervention', ?, ?, ?, '1', ?, ?)",
                aggregate.toString(), sequence, UUID.randomUUID().toString(),
                JSON.writeValueAsString(metadata).getBytes(StandardCharsets.UTF_8),
                JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8),
                "qc.logbook.intervention.api." + type, DateTimeUtils.formatInstant(Instant.now()));
    }

    /** The stored (revision-1) shape of InterventionDetails: no followUpPlanned. */
    private static Map<String, Object> details(LocalDate day) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", day.toString());
        details.put("worker", "W-LEGACY");
        details.put("workerRole", "HOUSING_OFFICE_STAFF");
        details.put("region", "CHAUDIERE_APPALACHES");
        details.put("territory", "LES-ETCHEMINS");
        details.put("housingOrganisation", "OMH des Etchemins");
        details.put("tenure", "HLM_OMH");
        details.put("mode", "INDIVIDUAL");
        details.put("targetGroups", List.of("SENIORS"));
        details.put("ageGroups", List.of());
        details.put("durationMinutes", 40);
        details.put("supportCategories", List.of("INFORMATION_AND_REFERRAL"));
        details.put("tenant", "T-LEGACY");
        return details;
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
