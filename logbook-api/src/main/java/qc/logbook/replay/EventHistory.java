package qc.logbook.replay;

import java.util.Iterator;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event history in global order through Axon's storage engine, so events come upcast and with gap-aware
 * tracking tokens: the token after the last event read is a position a live processor can resume from without missing
 * an event committed late into a gap.
 */
@Component
class EventHistory {

    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;

    EventHistory(EventStorageEngine storage, JdbcTemplate jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    @FunctionalInterface
    interface EventSink {
        void accept(TrackedEventMessage<?> event) throws Exception;
    }

    /**
     * Hands every event after {@code from} ({@code null}: from the start) to {@code sink}, until a read finds nothing
     * new, and returns the token of the last event handed over ({@code from} when none).
     */
    TrackingToken readFrom(TrackingToken from, EventSink sink) throws Exception {
        TrackingToken token = from;
        while (true) {
            long read = 0;
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    sink.accept(event);
                    token = event.trackingToken();
                    read++;
                }
            }
            if (read == 0) {
                return token;
            }
        }
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
