package qc.logbook.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static qc.logbook.support.Projections.eventually;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestDays;

/** A referral breakdown built before the cells existed answers from its facts, and is rebuilt with cells. */
@LogbookIntegrationTest
class ReadModelUpgradesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReadModelUpgrades upgrades;

    @Autowired
    ReadModelGenerations generations;

    @Autowired
    RebuildService rebuilds;

    @Test
    void rebuildsAReadModelBuiltByAnOlderVersionAndAnswersFromTheFactsMeanwhile() throws Exception {
        LocalDate day = TestDays.unique();
        Interventions.recordWithReferral(mvc, day);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.referrals").value(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> rebuilds.current() == null || !rebuilds.current().running());

        // as a store written before versions were recorded: pointer without a version, cells gone
        mongo.getCollection(ReadModelGenerations.COLLECTION).updateOne(new Document("_id", "referral-breakdown"),
                new Document("$unset", new Document("version", "")));
        mongo.getCollection(generations.activeNames("referral-breakdown").of("referral_breakdown_cells"))
                .deleteMany(new Document());
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> generations.version("referral-breakdown") == 0);
        mvc.perform(get("/api/v1/stats/referrals").param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.referrals").value(1));

        assertThat(upgrades.upgrade()).containsExactly("referral-breakdown");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> generations.version("referral-breakdown") == 5);
        mvc.perform(get("/api/v1/stats/referrals").param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.referrals").value(1));
        assertThat(upgrades.upgrade()).isEmpty();
    }
}
