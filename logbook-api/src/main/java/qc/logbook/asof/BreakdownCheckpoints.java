package qc.logbook.asof;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.query.BreakdownCell;
import qc.logbook.intervention.query.CheckpointedCells;
import qc.logbook.intervention.query.InterventionFacts;
import qc.logbook.intervention.query.ReferralBreakdownProjection;
import qc.logbook.readmodel.InMemoryDocuments;

/**
 * Checkpoints of the referral breakdown's cells through the global event stream, and the fold from one of them.
 *
 * <p>A background thread reads the history through Axon's storage engine (upcast, with gap-aware tokens) and takes a
 * checkpoint every {@code checkpoint-every} events, at the first position after that where the token has no gap (so
 * no event can still be committed below it). Each step folds its events on top of the previous checkpoint exactly as
 * a point-in-time read does ({@link #fold}), so the two share one code path. Past {@code max-checkpoints}, every other
 * checkpoint is dropped and the spacing doubles. Checkpoints live in memory only: they hold counts, never personal
 * data, and are rebuilt after a restart (the reads are correct meanwhile, from the last checkpoint built or the start).
 */
@Component
class BreakdownCheckpoints implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BreakdownCheckpoints.class);

    private final ReferralBreakdownProjection projection;
    private final StoredEvents stored;
    private final EventStorageEngine storage;
    private final AsOfProperties properties;
    private final Set<String> types;
    private final ScheduledExecutorService builder;
    private volatile List<Checkpoint> checkpoints = List.of(Checkpoint.START);
    private volatile int every;

    BreakdownCheckpoints(ReferralBreakdownProjection projection, StoredEvents stored, EventStorageEngine storage,
                         AsOfProperties properties) {
        this.projection = projection;
        this.stored = stored;
        this.storage = storage;
        this.properties = properties;
        this.types = StoredEvents.storedNames(projection.eventHandlersWriting(new InMemoryDocuments()));
        this.every = properties.checkpointEvery();
        this.builder = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "as-of-checkpoints");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.checkpoints()) {
            builder.scheduleWithFixedDelay(this::catchUpQuietly, properties.buildDelay().toMillis(),
                    properties.refreshEvery().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }

    /** The checkpoints taken so far, oldest first (the first one is the empty start). */
    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** The latest checkpoint an "as of" {@code instant} may start from. */
    Checkpoint before(Instant instant) {
        Checkpoint best = Checkpoint.START;
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.usableAt(instant)) {
                best = checkpoint;
            } else {
                break; // timestamps up to a position only grow
            }
        }
        return best;
    }

    /**
     * The global positions after {@code from} that may hold an event at or before {@code instant}, as ranges {@code
     * (first, last]} (the last one open: {@link Long#MAX_VALUE}): the stretches between later checkpoints whose events
     * are all later than the instant are left out, so a read "as of" an early instant reads little of the history.
     */
    List<long[]> within(Checkpoint from, Instant instant) {
        List<long[]> ranges = new ArrayList<>();
        long previous = from.position();
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.position() <= from.position()) {
                continue;
            }
            if (!checkpoint.allAfter(instant)) {
                long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (last != null && last[1] == previous) {
                    last[1] = checkpoint.position();
                } else {
                    ranges.add(new long[] {previous, checkpoint.position()});
                }
            }
            previous = checkpoint.position();
        }
        long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && last[1] == previous) {
            last[1] = Long.MAX_VALUE;
        } else {
            ranges.add(new long[] {previous, Long.MAX_VALUE}); // after the last checkpoint: never skipped
        }
        return ranges;
    }

    /** The stored type names of the events the breakdown folds. */
    Set<String> types() {
        return types;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (CheckpointedCells.Inexact e) {
            // never expected; the reads stay right from the checkpoints taken so far
            log.error("As-of checkpoints: building stopped for good", e);
            builder.shutdown();
        } catch (RuntimeException e) {
            log.warn("As-of checkpoints: building stopped, tried again later", e);
        }
    }

    /** Takes every checkpoint the stored history allows now; returns how many were taken. */
    synchronized int catchUp() {
        int taken = 0;
        while (step()) {
            taken++;
        }
        return taken;
    }

    /** Reads at least {@code every} events past the last checkpoint and takes the next one; false when too few. */
    private boolean step() {
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Set<String> handled = types;
        TrackingToken token = last.token();
        Instant maxTimestamp = last.maxTimestamp();
        Instant minTimestamp = null;
        long read = 0;
        boolean more = true;
        while (more) {
            more = false;
            try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    more = true;
                    token = event.trackingToken();
                    read++;
                    if (event instanceof DomainEventMessage<?> domain && handled.contains(event.getPayloadType()
                            .getName())) {
                        events.add(domain);
                        if (maxTimestamp == null || event.getTimestamp().isAfter(maxTimestamp)) {
                            maxTimestamp = event.getTimestamp();
                        }
                        if (minTimestamp == null || event.getTimestamp().isBefore(minTimestamp)) {
                            minTimestamp = event.getTimestamp();
                        }
                    }
                    if (read >= every && token instanceof GapAwareTrackingToken gapAware
                            && gapAware.getGaps().isEmpty()) {
                        CheckpointedCells folded = fold(last, events);
                        Map<String, BreakdownCell> cells = new HashMap<>(last.cells());
                        cells.putAll(folded.changedCells());
                        add(new Checkpoint(gapAware.getIndex(), gapAware, maxTimestamp, minTimestamp,
                                Map.copyOf(cells)));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void add(Checkpoint checkpoint) {
        List<Checkpoint> next = new ArrayList<>(checkpoints);
        next.add(checkpoint);
        if (next.size() > properties.maxCheckpoints()) {
            // keep the start, every other one, and the last (the next step starts from it)
            List<Checkpoint> thinned = new ArrayList<>();
            thinned.add(next.get(0));
            for (int i = 2; i < next.size(); i += 2) {
                thinned.add(next.get(i).absorbing(next.get(i - 1)));
            }
            if (next.size() % 2 == 0) {
                thinned.add(checkpoint.absorbing(next.get(next.size() - 2)));
            }
            next = thinned;
            every *= 2;
        }
        checkpoints = List.copyOf(next);
    }

    /**
     * Folds {@code events} (all after the checkpoint's position, in global order) on top of the checkpoint, with the
     * breakdown's own handlers; the facts of the interventions they touch are loaded first as they stood at the
     * checkpoint, by folding those interventions' own events up to its position.
     */
    CheckpointedCells fold(Checkpoint checkpoint, List<DomainEventMessage<?>> events) {
        Set<String> seen = new HashSet<>();
        Set<String> earlier = new LinkedHashSet<>();
        for (DomainEventMessage<?> event : events) {
            // an aggregate first met at a later event of its own may have had events up to the checkpoint
            if (seen.add(event.getAggregateIdentifier()) && event.getSequenceNumber() > 0) {
                earlier.add(event.getAggregateIdentifier());
            }
        }
        Map<String, InterventionFacts> facts = new HashMap<>();
        if (checkpoint.position() >= 0 && !earlier.isEmpty()) {
            InMemoryDocuments scratch = new InMemoryDocuments();
            AnnotationEventHandlerAdapter loader = new AnnotationEventHandlerAdapter(
                    projection.eventHandlersWriting(scratch));
            for (DomainEventMessage<?> event : stored.ofAggregates(earlier, checkpoint.position(), types)) {
                handle(loader, event);
            }
            scratch.collection(InterventionFacts.COLLECTION)
                    .forEach((id, document) -> facts.put(id, (InterventionFacts) document));
        }
        CheckpointedCells cells = new CheckpointedCells(checkpoint.cells()::get, facts);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(
                projection.eventHandlersWriting(cells));
        for (DomainEventMessage<?> event : events) {
            handle(handlers, event);
        }
        return cells;
    }

    /** Hands an event to a read model's handlers, if they handle it (the folds of this package). */
    static void handle(AnnotationEventHandlerAdapter handlers, DomainEventMessage<?> event) {
        try {
            if (handlers.canHandle(event)) {
                handlers.handle(event);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("As-of fold failed", e);
        }
    }
}
