package qc.logbook.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.domain.AuditMetadata;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

@LogbookIntegrationTest
class AuditIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStoredEventCarriesTheAuditMetadata() throws Exception {
        UUID id = record("REQ-" + UUID.randomUUID().toString().substring(0, 8));

        byte[] metaData = jdbc.queryForObject(
                "select meta_data from domain_event_entry where aggregate_identifier = ?", byte[].class,
                id.toString());
        Map<?, ?> metadata = JSON.readValue(metaData, Map.class);
        assertThat(metadata.get("userId")).isEqualTo(TestUsers.SUPER_USER_ID);
        assertThat(metadata.get("commandName")).isEqualTo("RecordInterventionCommand");
        assertThat((String) metadata.get("correlationId")).isNotBlank();
        assertThat((String) metadata.get("traceId")).isNotBlank();
        assertThat(Instant.parse((String) metadata.get("receivedAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat((String) metadata.get("requestId")).startsWith("REQ-");
    }

    @Test
    void showsTheCompleteTimelineOfAnAggregateWithoutNotes() throws Exception {
        UUID id = record(null);
        post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING"));
        post("/api/v1/interventions/" + id + "/cancellation", Map.of("reason", "Doublon"));

        mvc.perform(get("/api/v1/audit/aggregates/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].eventType").value("InterventionRecordedEvent"))
                .andExpect(jsonPath("$[0].revision").value("3"))
                .andExpect(jsonPath("$[0].aggregateType").value("Intervention"))
                .andExpect(jsonPath("$[0].metadata.commandName").value("RecordInterventionCommand"))
                .andExpect(jsonPath("$[0].payload.details.territory").value("MONTMAGNY"))
                .andExpect(jsonPath("$[0].payload.details.notes").doesNotExist())
                .andExpect(jsonPath("$[1].eventType").value("TenantReferredEvent"))
                .andExpect(jsonPath("$[2].metadata.commandName").value("CancelInterventionCommand"))
                .andExpect(jsonPath("$[2].payload.reason").value("Doublon"));
        mvc.perform(get("/api/v1/audit/aggregates/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void filtersAndPaginatesTheJournal() throws Exception {
        Instant start = Instant.now();
        UUID first = record(null);
        UUID second = record(null);
        post("/api/v1/interventions/" + second + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING"));
        Instant end = Instant.now();

        mvc.perform(get("/api/v1/audit/events").param("aggregateId", first.toString()))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].aggregateId").value(first.toString()));
        mvc.perform(get("/api/v1/audit/events").param("from", start.toString()).param("to", end.toString())
                        .param("eventType", "TenantReferredEvent").param("aggregateType", "Intervention")
                        .param("userId", TestUsers.SUPER_USER_ID))
                .andExpect(jsonPath("$.items[*].eventType", everyItem(is("TenantReferredEvent"))))
                .andExpect(jsonPath("$.items[*].aggregateId", org.hamcrest.Matchers.hasItem(second.toString())));
        mvc.perform(get("/api/v1/audit/events").param("from", start.toString()).param("to", end.toString())
                        .param("eventType", "qc.logbook.intervention.api.InterventionRecordedEvent")
                        .param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/audit/events").param("userId", "nobody-" + UUID.randomUUID()))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void refusesBadJournalFilters() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("from", "2025-02-01T00:00:00Z")
                        .param("to", "2025-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("period.inverted"));
        mvc.perform(get("/api/v1/audit/events").param("from", "tomorrow"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/audit/events").param("size", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private UUID record(String requestId) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("date", "2015-06-01");
        body.put("workerId", "W-AUDIT");
        body.put("territory", "MONTMAGNY");
        body.put("notes", "Confidentiel");
        body.put("tenantRef", "T-AUDIT");
        var request = MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        mvc.perform(request).andExpect(status().isCreated());
        return id;
    }

    private void post(String path, Object body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andExpect(status().is2xxSuccessful());
    }
}
