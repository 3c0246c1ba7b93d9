package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.intervention.query.ReferralBreakdownProjection;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;

/** The embedded store's commits are counted for operators: the processors' requests, and the file commits. */
@LogbookIntegrationTest
class ReadModelStoreMetersIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ReadModels readModels;
    @Autowired
    ObjectProvider<EmbeddedReadModelStore> embedded;

    @Test
    void everyProcessorBatchAsksForACommitAndNoMoreFileCommitsThanRequestsAreMade() throws Exception {
        assumeThat(embedded.getIfAvailable()).as("the embedded read-model store (no external MongoDB)").isNotNull();
        double requestsBefore = count("logbook.read_model_store.commit.requests");

        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                        .content(InterventionBodies.json(InterventionBodies.individual(UUID.randomUUID()))))
                .andExpect(status().isCreated());
        readModels.awaitCaughtUp(ReferralBreakdownProjection.PROCESSING_GROUP);

        double requests = count("logbook.read_model_store.commit.requests");
        double commits = count("logbook.read_model_store.commits");
        assertThat(requests).isGreaterThan(requestsBefore);
        assertThat(commits).isPositive().isLessThanOrEqualTo(requests);
    }

    private double count(String name) {
        return registry.get(name).functionCounter().count();
    }
}
