package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * Every read model's processor is a pooled one with one segment and batches of many events: Axon's default batch is
 * one event, and then every event costs a transaction and a commit of the read-model store of its own.
 */
@LogbookIntegrationTest
class ProcessorSettingsIntegrationTest {

    @Autowired
    Environment environment;
    @Autowired
    List<RebuildableReadModel> readModels;

    @Test
    void everyReadModelsProcessorTakesBatchesOfManyEvents() {
        assertThat(readModels).isNotEmpty();
        for (RebuildableReadModel readModel : readModels) {
            String processor = "axon.eventhandling.processors." + readModel.readModelName();
            assertThat(environment.getProperty(processor + ".mode")).as(readModel.readModelName()).isEqualTo("pooled");
            assertThat(environment.getProperty(processor + ".initial-segment-count", Integer.class))
                    .as(readModel.readModelName()).isEqualTo(1);
            assertThat(environment.getProperty(processor + ".batch-size", Integer.class, 1))
                    .as(readModel.readModelName()).isGreaterThanOrEqualTo(100);
        }
    }
}
