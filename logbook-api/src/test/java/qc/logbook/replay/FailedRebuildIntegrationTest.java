package qc.logbook.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestDays;

/** Its own application context: a read model whose fold fails, rebuilt together with a real one. */
@LogbookIntegrationTest
@Import(FailedRebuildIntegrationTest.FailingReadModel.class)
class FailedRebuildIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aFailedRebuildLeavesTheCurrentReadModelUntouched() throws Exception {
        LocalDate day = TestDays.unique();
        UUID id = Interventions.recordWithReferral(mvc, day);
        // the outcome is the last of the three events: once it counts, the read model holds them all
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.referrals").value(1))
                .andExpect(jsonPath("$.referralOutcomes[?(@.code == 'COMPLETED')].count").value(1)));
        String hashBefore = hash();

        String location = Interventions.post(mvc, "/api/v1/admin/rebuilds",
                        Map.of("readModels", List.of("referral-breakdown", "failing-for-test")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        JsonNode[] status = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            status[0] = Interventions.JSON.readTree(mvc.perform(get(location)).andReturn().getResponse()
                    .getContentAsString());
            return status[0].get("state").asText().equals("FAILED");
        });

        assertThat(status[0].get("error").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(hash()).isEqualTo(hashBefore);
        assertThat(mongo.collectionExists(ReadModelGenerations.physical("referral_breakdown_facts",
                status[0].at("/generations/referral-breakdown").asLong()))).isFalse();
        mvc.perform(get("/api/v1/admin/read-models")).andExpect(
                jsonPath("$[?(@.name == 'referral-breakdown')].activeGeneration").value(0));

        LocalDate other = TestDays.unique();
        Interventions.recordWithReferral(mvc, other);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", other.toString()).param("to", other.toString()))
                .andExpect(jsonPath("$.referrals").value(1)));
        mvc.perform(get("/api/v1/interventions/" + id)).andExpect(status().isOk());
    }

    private String hash() throws Exception {
        return Interventions.JSON.readTree(mvc.perform(get("/api/v1/admin/read-models/referral-breakdown/content-hash"))
                .andReturn().getResponse().getContentAsString()).get("sha256").asText();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingReadModel {

        @Bean
        RebuildableReadModel failingForTest() {
            return new RebuildableReadModel() {
                @Override
                public String readModelName() {
                    return "failing-for-test";
                }

                @Override
                public Map<String, Class<?>> collections() {
                    return Map.of("failing_for_test", Object.class);
                }

                @Override
                public Object eventHandlersWriting(DocumentStore documents) {
                    return new FailingHandlers();
                }
            };
        }
    }

    static class FailingHandlers {

        @EventHandler
        void on(TenantReferredEvent event) {
            throw new IllegalStateException("fold failed");
        }
    }
}
