package qc.logbook.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.RevisionOneRows;
import qc.logbook.support.TestUsers;

@LogbookIntegrationTest
class ExportIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportsTheHistoryDeidentifiedWithAManifestThatProvesItsContent() throws Exception {
        String worker = "W-EXP-" + UUID.randomUUID().toString().substring(0, 6);
        Instant start = Instant.now();
        UUID first = record(worker, "2016-04-04");
        UUID second = record(worker, "2016-04-05");
        refer(second);
        Instant end = Instant.now();

        MockHttpServletResponse response = export(start, end, null);
        byte[] body = response.getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        List<JsonNode> lines = text.lines().map(ExportIntegrationTest::parse).toList();

        assertThat(lines).hasSize(3);
        assertThat(text).doesNotContain(worker).doesNotContain("T-EXPORT").doesNotContain("Confidentiel")
                .doesNotContain(first.toString()).doesNotContain(second.toString()).doesNotContain("\"system\"");
        JsonNode recorded = lines.get(0);
        assertThat(recorded.get("type").asText()).isEqualTo("InterventionRecordedEvent");
        assertThat(recorded.get("revision").asText()).isEqualTo("3");
        assertThat(recorded.get("userId").asText()).startsWith("h:");
        assertThat(recorded.at("/payload/details/worker").asText()).startsWith("h:");
        assertThat(recorded.at("/payload/details/tenant").asText()).startsWith("h:");
        assertThat(recorded.at("/payload/details/territory").asText()).isEqualTo("LOTBINIERE");
        assertThat(recorded.at("/payload/details").has("notes")).isFalse();
        assertThat(recorded.at("/aggregate/id").asText()).isEqualTo(recorded.at("/payload/interventionId").asText());
        assertThat(lines.get(1).at("/payload/details/worker")).isEqualTo(recorded.at("/payload/details/worker"));
        assertThat(lines.get(2).at("/aggregate/id")).isEqualTo(lines.get(1).at("/aggregate/id"));

        String manifestUrl = "/api/v1/exports/events/" + response.getHeader("X-Export-Id") + "/manifest";
        assertThat(response.getHeader("Link")).contains(manifestUrl);
        mvc.perform(get(manifestUrl))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.deidentified").value(true))
                .andExpect(jsonPath("$.eventCount").value(3))
                .andExpect(jsonPath("$.firstSequence").value(lines.get(0).get("globalSequence").asLong()))
                .andExpect(jsonPath("$.lastSequence").value(lines.get(2).get("globalSequence").asLong()))
                .andExpect(jsonPath("$.eventsByType.TenantReferredEvent").value(1))
                .andExpect(jsonPath("$.payloadRevisions.InterventionRecordedEvent").value("3"))
                .andExpect(jsonPath("$.payloadRevisions.TenantReferredEvent").value("1"))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(body))))
                .andExpect(jsonPath("$.softwareVersion").value(org.hamcrest.Matchers.containsString("logbook-api")));

        String again = export(start, end, null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(parse(again.lines().findFirst().orElseThrow()).at("/payload/details/worker"))
                .isNotEqualTo(recorded.at("/payload/details/worker"));
    }

    @Test
    void exportsStoredRevisionOneEventsUpcastToTheCurrentRevisionAndDeidentified() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String worker = "W-LEG-" + suffix;
        UUID legacy = UUID.randomUUID();
        Map<String, Object> details = RevisionOneRows.interventionDetails(LocalDate.of(2011, 9, 9));
        details.put("worker", worker);
        details.put("tenant", "T-LEG-" + suffix);
        details.put("notes", "Confidentiel : ancien formulaire");
        // stored timestamps have millisecond precision
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RevisionOneRows.insert(jdbc, legacy, 0, "InterventionRecordedEvent",
                Map.of("interventionId", legacy.toString(), "details", details));
        UUID current = record(worker, "2016-06-06");
        refer(current);
        Instant end = Instant.now();

        MockHttpServletResponse response = export(start, end, "InterventionRecordedEvent");
        byte[] body = response.getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        List<JsonNode> lines = text.lines().map(ExportIntegrationTest::parse).toList();

        assertThat(lines).hasSize(2);
        JsonNode upcast = lines.get(0);
        JsonNode recorded = lines.get(1);
        assertThat(upcast.get("type").asText()).isEqualTo("InterventionRecordedEvent");
        assertThat(upcast.get("revision").asText()).isEqualTo("3");
        assertThat(upcast.at("/payload/details").has("followUpPlanned")).isTrue();
        assertThat(upcast.at("/payload/details/followUpPlanned").isNull()).isTrue();
        assertThat(upcast.at("/payload/details").has("participants")).isTrue();
        assertThat(upcast.at("/payload/details/participants").isNull()).isTrue();
        assertThat(recorded.at("/payload/details/followUpPlanned").asBoolean()).isTrue();
        // the same shape, with the participants not stated explicit (null) where the current event, individual, has none
        Set<String> currentFields = new java.util.TreeSet<>(fieldNames(recorded.at("/payload/details")));
        currentFields.add("participants");
        assertThat(fieldNames(upcast.at("/payload/details"))).isEqualTo(currentFields);

        assertThat(text).doesNotContain(worker).doesNotContain("T-LEG-").doesNotContain("Confidentiel")
                .doesNotContain(legacy.toString()).doesNotContain(RevisionOneRows.LEGACY_USER);
        assertThat(upcast.at("/payload/details").has("notes")).isFalse();
        assertThat(upcast.get("userId").asText()).startsWith("h:");
        assertThat(upcast.at("/payload/details/tenant").asText()).startsWith("h:");
        assertThat(upcast.at("/payload/interventionId").asText()).startsWith("h:")
                .isEqualTo(upcast.at("/aggregate/id").asText());
        assertThat(upcast.at("/payload/details/worker").asText()).startsWith("h:")
                .isEqualTo(recorded.at("/payload/details/worker").asText());
        assertThat(upcast.at("/payload/details/territory").asText()).isEqualTo("LES-ETCHEMINS");

        mvc.perform(get("/api/v1/exports/events/" + response.getHeader("X-Export-Id") + "/manifest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.eventCount").value(2))
                .andExpect(jsonPath("$.eventsByType.InterventionRecordedEvent").value(2))
                .andExpect(jsonPath("$.payloadRevisions.InterventionRecordedEvent").value("3"))
                .andExpect(jsonPath("$.payloadRevisions.TenantReferredEvent").doesNotExist())
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(body))));
    }

    @Test
    void filtersByEventTypeAndKeepsIdsOnlyWhenAskedButNeverNotes() throws Exception {
        String worker = "W-EXP-" + UUID.randomUUID().toString().substring(0, 6);
        Instant start = Instant.now();
        UUID id = record(worker, "2016-05-05");
        refer(id);
        Instant end = Instant.now();

        MvcResult started = mvc.perform(get("/api/v1/exports/events").param("from", start.toString())
                        .param("to", end.toString()).param("eventType", "TenantReferredEvent")
                        .param("deidentify", "false"))
                .andExpect(request().asyncStarted()).andReturn();
        String text = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(text.lines()).hasSize(1);
        JsonNode line = parse(text.strip());
        assertThat(line.at("/aggregate/id").asText()).isEqualTo(id.toString());
        assertThat(line.get("userId").asText()).isEqualTo(TestUsers.SUPER_USER_ID);
        assertThat(text).doesNotContain("Confidentiel");
    }

    @Test
    void downloadsTheReferralBreakdownAsCsvForFrenchSpreadsheets() throws Exception {
        String worker = "W-CSV-" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = record(worker, "2003-03-03");
        refer(id);
        record(worker, "2003-03-03");
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", "2003-03-03").param("to", "2003-03-03"))
                .andExpect(jsonPath("$.interventions").value(2)));

        MockHttpServletResponse response = mvc.perform(get("/api/v1/exports/referral-breakdown.csv")
                        .param("from", "2003-03-03").param("to", "2003-03-03"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("repartition-references.csv")))
                .andReturn().getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Section;Code;Libellé;Label (English);Nombre / Count");
        assertThat(lines).contains("Interventions;INTERVENTIONS;Interventions;Interventions;2;;");
        assertThat(lines).anyMatch(l -> l.startsWith("Références / Referrals;WITH_REFERRAL;")
                && l.contains(";1;50,0;"));
    }

    @Test
    void refusesBadExportRequests() throws Exception {
        mvc.perform(get("/api/v1/exports/events").param("from", "2025-02-01T00:00:00Z")
                        .param("to", "2025-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("period.inverted"));
        mvc.perform(get("/api/v1/exports/events/" + UUID.randomUUID() + "/manifest"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/exports/referral-breakdown.csv").param("from", "not-a-date"))
                .andExpect(status().isBadRequest());
    }

    private MockHttpServletResponse export(Instant from, Instant to, String type) throws Exception {
        var request = get("/api/v1/exports/events").param("from", from.toString()).param("to", to.toString());
        if (type != null) {
            request.param("eventType", type);
        }
        MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/x-ndjson"))
                .andReturn().getResponse();
    }

    private UUID record(String worker, String date) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("date", date);
        body.put("workerId", worker);
        body.put("workerRole", "COMMUNITY_ORGANISATION");
        body.put("territory", "LOTBINIERE");
        body.put("housingOrganisation", "Coop du Fleuve");
        body.put("tenure", "COOP");
        body.put("notes", "Confidentiel : situation familiale");
        body.put("tenantRef", "T-EXPORT-1");
        body.put("followUpPlanned", true);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andExpect(status().isCreated());
        return id;
    }

    private void refer(UUID id) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions/" + id + "/referrals")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("sector", "COMMUNITY_ORGANISATION", "need", "FOOD_AID"))))
                .andExpect(status().isCreated());
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
