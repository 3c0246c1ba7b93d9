package qc.logbook.intervention.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.intervention.query.InterventionDetailsProjection;
import qc.logbook.intervention.query.InterventionFacts;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.intervention.query.ReferralBreakdownProjection;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;

/** Resetting the processors and replaying every event rebuilds exactly the read models built live. */
@LogbookIntegrationTest
class InterventionReplayIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReadModels readModels;

    @Autowired
    MongoTemplate mongo;

    @Test
    void replayingAllEventsRebuildsIdenticalReadModels() throws Exception {
        for (int i = 0; i < 30; i++) {
            UUID id = UUID.randomUUID();
            Map<String, Object> body = i % 2 == 0 ? InterventionBodies.individual(id) : InterventionBodies.collective(id);
            body.put("territory", "BELLECHASSE");
            post("/api/v1/interventions", body).andExpect(status().isCreated());
            if (i % 2 == 0) {
                post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "COMMUNITY_ORGANISATION",
                        "need", "FOOD_AID")).andExpect(status().isCreated());
            } else {
                post("/api/v1/interventions/" + id + "/collective-supports", Map.of("actionKind", "GROUP_PROJECT",
                        "supportKind", "MOBILISATION")).andExpect(status().isCreated());
            }
            if (i % 5 == 0) {
                post("/api/v1/interventions/" + id + "/cancellation", Map.of("reason", "Doublon"))
                        .andExpect(status().isNoContent());
            }
        }
        readModels.awaitCaughtUp(InterventionDetailsProjection.PROCESSING_GROUP);
        readModels.awaitCaughtUp(ReferralBreakdownProjection.PROCESSING_GROUP);
        List<Document> details = readModels.snapshot(InterventionView.COLLECTION);
        List<Document> facts = readModels.snapshot(InterventionFacts.COLLECTION);
        String breakdown = breakdown();

        // A stray document proves the rebuild really starts from empty collections.
        mongo.getCollection(readModels.physical(InterventionFacts.COLLECTION)).insertOne(new Document("_id", "stray"));

        readModels.replay(InterventionDetailsProjection.PROCESSING_GROUP);
        readModels.replay(ReferralBreakdownProjection.PROCESSING_GROUP);

        assertThat(details).hasSizeGreaterThanOrEqualTo(30);
        assertThat(readModels.snapshot(InterventionView.COLLECTION)).isEqualTo(details);
        assertThat(readModels.snapshot(InterventionFacts.COLLECTION)).isEqualTo(facts);
        assertThat(breakdown()).isEqualTo(breakdown);
    }

    private String breakdown() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/stats/referrals"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }
}
