package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class SnapshotlessEventStoreTest {

    /** Remembers whether a snapshot was looked up. */
    private static final class Engine extends InMemoryEventStorageEngine {
        int snapshotReads;

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            snapshotReads++;
            return super.readSnapshot(aggregateIdentifier);
        }
    }

    @Test
    void loads_an_aggregate_from_its_events_without_looking_for_a_snapshot() {
        Engine engine = new Engine();
        SnapshotlessEventStore store = new SnapshotlessEventStore(EmbeddedEventStore.builder().storageEngine(engine));
        store.publish(List.of(event("a", 0, "recorded"), event("b", 0, "other"), event("a", 1, "referred")));

        List<Object> payloads = store.readEvents("a").asStream().map(m -> (Object) m.getPayload()).toList();

        assertThat(payloads).containsExactly("recorded", "referred");
        assertThat(engine.snapshotReads).isZero();
        store.shutDown();
    }

    private static DomainEventMessage<String> event(String aggregate, long sequence, String payload) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, payload);
    }
}
