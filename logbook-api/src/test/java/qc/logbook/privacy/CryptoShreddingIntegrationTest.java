package qc.logbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.query.InterventionDetailsProjection;
import qc.logbook.intervention.query.InterventionFacts;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.intervention.query.ReferralBreakdownProjection;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;
import qc.logbook.support.TestUsers;

/**
 * Two tenants with notes; one is forgotten. Afterwards the forgotten tenant's notes and reference are nowhere: not in
 * the read models (live or rebuilt), not readable from the event store (its key is gone, the table only ever held
 * ciphertext); the other tenant's data is intact and every count is unchanged.
 */
@LogbookIntegrationTest
class CryptoShreddingIntegrationTest {

    private static final String TERRITORY = "L-ISLET";
    private static final String DATE = "2010-10-10";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ReadModels readModels;

    @Test
    void forgettingATenantErasesTheirPersonalDataEverywhereAndKeepsTheCounts() throws Exception {
        String forgottenRef = "T-FORGET-" + UUID.randomUUID().toString().substring(0, 8);
        String keptRef = "T-KEEP-" + UUID.randomUUID().toString().substring(0, 8);
        String forgottenNotes = "Inquiétudes de santé mentale de " + forgottenRef;
        String keptNotes = "Aide alimentaire pour " + keptRef;
        UUID forgotten1 = record(forgottenRef, forgottenNotes + " (1)", DATE);
        UUID forgotten2 = record(forgottenRef, forgottenNotes + " (2)", DATE);
        UUID kept = record(keptRef, keptNotes, DATE);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions/" + forgotten1 + "/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sector\":\"HEALTH_AND_SOCIAL_SERVICES\",\"need\":\"MENTAL_HEALTH\"}"))
                .andExpect(status().isCreated());

        // The event table never holds personal data in clear.
        assertThat(rawEventsMentioning(forgottenRef)).isZero();
        assertThat(rawEventsMentioning("Inquiétudes")).isZero();
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + forgotten2))
                .andExpect(jsonPath("$.details.notes").value(forgottenNotes + " (2)"))
                .andExpect(jsonPath("$.details.tenant").value(forgottenRef)));
        // The statistics are another read model (another processing group) than the details awaited above.
        eventually().untilAsserted(() -> assertThat(breakdown()).contains("\"interventions\":3,")
                .contains("\"referrals\":1,"));
        String countsBefore = breakdown();

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/tenants/forget").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("tenantRef", forgottenRef, "reason", "Demande d'effacement du locataire"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interventionsScrubbed").value(2));

        // Live read models are scrubbed at once, with the erasure in the timeline.
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + forgotten1))
                .andExpect(jsonPath("$.details.notes").value(InterventionDetails.ERASED_NOTES))
                .andExpect(jsonPath("$.details.tenant").value(TenantRef.ERASED.value()))
                .andExpect(jsonPath("$.timeline[-1:].type").value("TenantForgottenEvent"))
                .andExpect(jsonPath("$.timeline[-1:].reason").value("Demande d'effacement du locataire")));
        assertThat(mongoMentions(forgottenRef)).isFalse();
        assertThat(mongoMentions("Inquiétudes")).isFalse();

        // Replays read the event store: the forgotten tenant's values read as erased, the other's are intact.
        assertThat(recordedDetails(forgotten1).notes()).isEqualTo(InterventionDetails.ERASED_NOTES);
        assertThat(recordedDetails(forgotten1).tenant()).isEqualTo(TenantRef.ERASED);
        assertThat(recordedDetails(kept).notes()).isEqualTo(keptNotes);
        assertThat(recordedDetails(kept).tenant()).isEqualTo(TenantRef.of(keptRef));
        assertThat(jdbc.queryForObject("select count(*) from keystore.subject_key where wrapped_key is null "
                + "and forgotten_at is not null", Integer.class)).isPositive();

        readModels.replay(InterventionDetailsProjection.PROCESSING_GROUP);
        readModels.replay(ReferralBreakdownProjection.PROCESSING_GROUP);

        assertThat(mongoMentions(forgottenRef)).isFalse();
        assertThat(mongoMentions("Inquiétudes")).isFalse();
        assertThat(mongoMentions(keptNotes)).isTrue();
        mvc.perform(get("/api/v1/interventions/" + forgotten2))
                .andExpect(jsonPath("$.details.notes").value(InterventionDetails.ERASED_NOTES))
                .andExpect(jsonPath("$.details.tenant").value("ERASED"));
        mvc.perform(get("/api/v1/interventions/" + kept))
                .andExpect(jsonPath("$.details.notes").value(keptNotes))
                .andExpect(jsonPath("$.details.tenant").value(keptRef));
        assertThat(breakdown()).isEqualTo(countsBefore);
        assertThat(countsBefore).contains("\"interventions\":3,").contains("\"referrals\":1,");

        // The research export: nothing of the forgotten tenant, no notes, no ciphertext, no reference in clear.
        String export = export();
        assertThat(export).contains("\"type\":\"InterventionRecordedEvent\"")
                .doesNotContain(forgottenRef).doesNotContain("Inquiétudes").doesNotContain(keptRef)
                .doesNotContain(keptNotes).doesNotContain("\"sealed\"");
        assertThat(export.lines().filter(line -> line.contains(kept.toString()))).isEmpty();
    }

    private String export() throws Exception {
        // An explicit end: without one, an export leaves out the last minute (events still being committed).
        var started = mvc.perform(get("/api/v1/exports/events").param("to", java.time.Instant.now().toString())
                        .with(TestUsers.evaluator()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        return mvc.perform(MockMvcRequestBuilders.asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void readsOfATenantsHistoryAreRecordedForAdmins() throws Exception {
        String ref = "T-READ-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = record(ref, "Visite", "2010-11-11");
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id)
                .with(TestUsers.worker(TERRITORY))).andExpect(status().isOk()));
        mvc.perform(get("/api/v1/interventions").param("tenantRef", ref).with(TestUsers.worker(TERRITORY)))
                .andExpect(jsonPath("$.totalItems").value(1));

        mvc.perform(get("/api/v1/admin/tenant-access-log").param("tenantRef", ref).with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].userId").value("test-worker"))
                .andExpect(jsonPath("$[0].tenantRef").value(ref))
                .andExpect(jsonPath("$[1].interventionId").value(id.toString()));
    }

    private UUID record(String tenantRef, String notes, String date) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("date", date);
        body.put("territory", TERRITORY);
        body.put("notes", notes);
        body.put("tenantRef", tenantRef);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andExpect(status().isCreated());
        return id;
    }

    private InterventionDetails recordedDetails(UUID id) {
        return eventStore.readEvents(id.toString()).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(InterventionRecordedEvent.class::isInstance)
                .map(e -> ((InterventionRecordedEvent) e).details())
                .findFirst().orElseThrow();
    }

    private int rawEventsMentioning(String text) {
        return jdbc.query("select payload from domain_event_entry", (rs, i) -> rs.getBytes(1)).stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .filter(payload -> payload.contains(text))
                .toList().size();
    }

    private boolean mongoMentions(String text) {
        return readModels.snapshot(InterventionView.COLLECTION).stream().map(Document::toJson)
                .anyMatch(json -> json.contains(text))
                || readModels.snapshot(InterventionFacts.COLLECTION).stream().map(Document::toJson)
                .anyMatch(json -> json.contains(text));
    }

    private String breakdown() throws Exception {
        return mvc.perform(get("/api/v1/stats/referrals").param("territory", TERRITORY).param("from", DATE)
                .param("to", DATE)).andReturn().getResponse().getContentAsString();
    }

    private static String json(Object body) throws Exception {
        return new ObjectMapper().writeValueAsString(body);
    }
}
