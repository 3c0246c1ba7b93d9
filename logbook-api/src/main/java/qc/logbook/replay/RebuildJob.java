package qc.logbook.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The live progress of one rebuild; read by the admin API and the metrics while the rebuild thread writes it. */
final class RebuildJob {

    final String id = UUID.randomUUID().toString();
    final List<String> readModels;
    final Instant startedAt = Instant.now();
    final AtomicLong eventsDone = new AtomicLong();
    final Map<String, Long> generations = new ConcurrentHashMap<>();
    volatile long eventsTotal;
    volatile RebuildState state = RebuildState.BUILDING;
    volatile Instant finishedAt;
    volatile String error;

    RebuildJob(List<String> readModels) {
        this.readModels = List.copyOf(readModels);
    }

    boolean running() {
        return state == RebuildState.BUILDING || state == RebuildState.INDEXING
                || state == RebuildState.CATCHING_UP;
    }

    double eventsPerSecond() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        return eventsDone.get() / seconds;
    }

    /** Seconds left at the current rate; {@code null} when unknown (nothing done yet) and 0 once finished. */
    Long estimatedSecondsLeft() {
        if (!running()) {
            return 0L;
        }
        double rate = eventsPerSecond();
        if (rate <= 0) {
            return null;
        }
        return (long) Math.ceil(Math.max(eventsTotal - eventsDone.get(), 0) / rate);
    }

    RebuildStatus status() {
        return new RebuildStatus(id, readModels, state, startedAt, finishedAt, eventsDone.get(), eventsTotal,
                Math.round(eventsPerSecond() * 10) / 10.0, estimatedSecondsLeft(), Map.copyOf(generations), error);
    }
}
