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
import org.springframework.stereotype.Component;

/** Test helper for read models: wait until a processing group has caught up, snapshot collections, replay. */
@Component
public class ReadModels {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MongoTemplate mongo;

    public ReadModels(EventProcessingConfiguration processing, EventStore eventStore, MongoTemplate mongo) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.mongo = mongo;
    }

    /** Every document of a collection, in id order, exactly as stored. */
    public List<Document> snapshot(String collection) {
        return mongo.findAll(Document.class, collection).stream()
                .sorted(Comparator.comparing(d -> String.valueOf(d.get("_id"))))
                .toList();
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
