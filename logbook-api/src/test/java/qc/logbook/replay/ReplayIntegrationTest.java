package qc.logbook.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;
import qc.logbook.support.TestDays;

@LogbookIntegrationTest
class ReplayIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModels readModels;

    @Autowired
    qc.logbook.store.ReadModelFile file;

    @Test
    void rebuildsBlueGreenAndReplayingTwiceGivesIdenticalReadModels() throws Exception {
        LocalDate day = TestDays.unique();
        UUID id = Interventions.recordWithReferral(mvc, day);
        Interventions.recordWithReferral(mvc, day);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(jsonPath("$.referrals[0].outcome").value("COMPLETED")));
        awaitProcessorsCaughtUp();
        String breakdownBefore = breakdown(day);
        Map<String, String> hashesLive = hashes();

        JsonNode first = rebuildAll();
        Map<String, String> hashesFirst = hashes();
        JsonNode second = rebuildAll();
        Map<String, String> hashesSecond = hashes();

        assertThat(second.at("/generations/referral-breakdown").asLong())
                .isEqualTo(first.at("/generations/referral-breakdown").asLong() + 1);
        assertThat(hashesFirst).isEqualTo(hashesLive);
        assertThat(hashesSecond).isEqualTo(hashesFirst);
        assertThat(breakdown(day)).isEqualTo(breakdownBefore);
        assertThat(first.get("eventsDone").asLong()).isGreaterThanOrEqualTo(6);
        mvc.perform(get("/api/v1/interventions/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline.length()").value(3));
    }

    @Test
    void theLiveProcessorKeepsFeedingTheNewGenerationAfterASwitch() throws Exception {
        LocalDate day = TestDays.unique();
        rebuildAll();
        UUID id = Interventions.recordWithReferral(mvc, day);

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(jsonPath("$.referrals[0].outcome").value("COMPLETED")));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.interventions").value(1))
                .andExpect(jsonPath("$.referrals").value(1)));
    }

    @Test
    void theFileIsCompactedAfterASwitchWhileInterventionsAreRecordedAndNothingIsLost() throws Exception {
        LocalDate day = TestDays.unique();
        java.util.List<UUID> recorded = new java.util.ArrayList<>();
        recorded.add(Interventions.recordWithReferral(mvc, day));
        awaitProcessorsCaughtUp();
        Instant switched = Instant.parse(rebuildAll().get("finishedAt").asText());

        // the processors write, commit and record their positions while the old generation is dropped and the file
        // compacted (ten seconds after the switch)
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
            recorded.add(Interventions.recordWithReferral(mvc, day));
            return file.lastCompaction().filter(done -> done.endedAt().isAfter(switched)).isPresent();
        });
        recorded.add(Interventions.recordWithReferral(mvc, day));

        for (UUID id : recorded) {
            eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                    .andExpect(jsonPath("$.referrals[0].outcome").value("COMPLETED")));
        }
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.interventions").value(recorded.size()))
                .andExpect(jsonPath("$.referrals").value(recorded.size())));
        awaitProcessorsCaughtUp();
        // what the live processors wrote across the compaction is what a fold of the events gives
        Map<String, String> live = hashes();
        rebuildAll();
        assertThat(hashes()).isEqualTo(live);
    }

    @Test
    void answersTheBreakdownAsItStoodAtAnInstant() throws Exception {
        LocalDate day = TestDays.unique();
        Interventions.recordWithReferral(mvc, day);
        Instant between = Instant.now();
        UUID later = UUID.randomUUID();
        Interventions.post(mvc, "/api/v1/interventions", Interventions.individual(later, day))
                .andExpect(status().isCreated());

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.interventions").value(2)));
        mvc.perform(get("/api/v1/stats/referrals").param("from", day.toString()).param("to", day.toString())
                        .param("asOf", between.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interventions").value(1))
                .andExpect(jsonPath("$.referrals").value(1));
        mvc.perform(get("/api/v1/stats/referrals").param("from", day.toString()).param("to", day.toString())
                        .param("asOf", "2000-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.interventions").value(0));
        mvc.perform(get("/api/v1/stats/referrals").param("asOf", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void refusesUnknownReadModelsAndRebuildsAndNeverStartsOnGet() throws Exception {
        Interventions.post(mvc, "/api/v1/admin/rebuilds", Map.of("readModels", java.util.List.of("nope")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("read-model.unknown"));
        mvc.perform(get("/api/v1/admin/rebuilds/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admin/rebuilds")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/read-models")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'referral-breakdown')]").exists());
    }

    @Test
    void exposesRebuildProgressAsMetrics() throws Exception {
        rebuild("intervention-details");
        String metrics = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("logbook_rebuild_events_done").contains("logbook_rebuild_events_rate")
                .contains("logbook_rebuild_remaining").contains("logbook_rebuild_running");
    }

    private JsonNode rebuildAll() throws Exception {
        return rebuild();
    }

    private JsonNode rebuild(String... readModels) throws Exception {
        String location = Interventions.post(mvc, "/api/v1/admin/rebuilds",
                        Map.of("readModels", java.util.List.of(readModels)))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = Interventions.JSON.readTree(mvc.perform(get(location)).andReturn().getResponse()
                    .getContentAsString());
            String state = last[0].get("state").asText();
            return state.equals("COMPLETED") || state.equals("FAILED");
        });
        assertThat(last[0].get("state").asText()).isEqualTo("COMPLETED");
        assertThat(last[0].get("estimatedSecondsLeft").asLong()).isZero();
        return last[0];
    }

    private Map<String, String> hashes() throws Exception {
        return Map.of(
                "referral-breakdown", hash("referral-breakdown"),
                "intervention-details", hash("intervention-details"));
    }

    private String hash(String readModel) throws Exception {
        return Interventions.JSON.readTree(mvc.perform(get("/api/v1/admin/read-models/" + readModel + "/content-hash"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("sha256").asText();
    }

    private String breakdown(LocalDate day) throws Exception {
        return mvc.perform(get("/api/v1/stats/referrals").param("from", day.toString()).param("to", day.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** An empty status (a processor still claiming its segments) counts as not caught up, not as vacuously so. */
    private void awaitProcessorsCaughtUp() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                readModels.awaitCaughtUp(name);
            }
        });
    }
}
