package qc.logbook.axon;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, without the snapshot lookup that precedes every aggregate load. No aggregate of the
 * logbook is snapshotted: their streams are a handful of events (an intervention is recorded, referred, perhaps
 * corrected), so a snapshot would cost more to write than it saves, and the lookup is one more query in the
 * transaction of every command, creations included. Should an aggregate ever be snapshotted, this class must go:
 * {@link org.axonframework.eventsourcing.eventstore.AbstractEventStore#readEvents(String)} reads snapshots.
 */
final class SnapshotlessEventStore extends EmbeddedEventStore {

    SnapshotlessEventStore(Builder builder) {
        super(builder);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return readEvents(aggregateIdentifier, 0);
    }
}
