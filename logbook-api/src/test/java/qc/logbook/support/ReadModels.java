package qc.logbook.support;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.logbook.support.Projections.eventually;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;
import org.springframework.stereotype.Component;

/** Test helper for read models: wait until a processing group has caught up, snapshot collections, replay. */
@Component
public class ReadModels {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final ReadModelGenerations generations;
    private final List<RebuildableReadModel> readModels;

    public ReadModels(EventProcessingConfiguration processing, EventStore eventStore, MongoTemplate mongo,
                      ReadModelGenerations generations, List<RebuildableReadModel> readModels) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.generations = generations;
        this.readModels = readModels;
    }

    /**
     * Every document of a read model's collection, in id order, exactly as stored. {@code collection} is the logical
     * name; the documents come from the generation queries read now (a blue/green rebuild may have switched it).
     */
    public List<Document> snapshot(String collection) {
        return mongo.findAll(Document.class, physical(collection)).stream()
                .sorted(Comparator.comparing(d -> String.valueOf(d.get("_id"))))
                .toList();
    }

    /** The physical name of a logical collection in the generation queries read now. */
    public String physical(String collection) {
        return readModels.stream()
                .filter(model -> model.collections().containsKey(collection))
                .findFirst()
                .map(model -> generations.activeNames(model.readModelName()).of(collection))
                .orElse(collection);
    }

    /** Waits until the processing group has handled every event of the store. */
    public void awaitCaughtUp(String group) {
        StreamingEventProcessor processor = processor(group);
        eventually().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            TrackingToken head = eventStore.createHeadToken();
            long headPosition = head == null ? -1 : head.position().orElse(-1);
            assertThat(processor.processingStatus().values())
                    .isNotEmpty()
                    .allSatisfy(status -> assertThat(positionOf(status)).isGreaterThanOrEqualTo(headPosition));
        });
    }

    /** Stops the group, resets its tokens (its reset handler clears its collections), and replays every event. */
    public void replay(String group) {
        StreamingEventProcessor processor = processor(group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitCaughtUp(group);
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + group));
    }

    private static long positionOf(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }
}
