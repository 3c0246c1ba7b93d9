package qc.logbook.replay;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.logbook.domain.RuleViolation;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.store.ReadModelFile;
import qc.logbook.store.ReadModelStoreCommit;

/**
 * Rebuilds read models blue/green (see {@code docs/decisions/0020-blue-green-rebuilds.md}): the event history is folded
 * into a new generation of the read models' collections while queries and the live processors keep using the current
 * one; once the fold has read everything, the live processors are paused, the fold catches up with the events appended
 * meanwhile, the live processors' tokens are moved to the fold's position, the generation pointer is switched and the
 * processors resume on the new generation. The old generation is dropped after a grace period. Any failure before the
 * switch drops the shadow and leaves the current read model and the processors' positions as they were.
 *
 * <p>One rebuild runs at a time on a node.
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);
    /** Queries that resolved the old generation just before the switch may still be reading it. */
    static final long DROP_GRACE_SECONDS = 10;
    private static final int KEPT_JOBS = 20;
    /** Enough for the file a rebuild of 1,000,000 events leaves (decision 0030); what is left waits for the next. */
    static final Duration COMPACTION_BUDGET = Duration.ofMinutes(30);

    private final ReadModelRegistry registry;
    private final ReadModelGenerations generations;
    private final Generations collections;
    private final MongoTemplate mongo;
    private final EventHistory history;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final ReadModelStoreCommit durable;
    private final ObjectProvider<ReadModelFile> file;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private final ScheduledExecutorService dropper = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "read-model-drop"));
    private final Map<String, RebuildJob> jobs = new LinkedHashMap<>();
    private volatile RebuildJob current;

    RebuildService(ReadModelRegistry registry, ReadModelGenerations generations, Generations collections,
                   MongoTemplate mongo, EventHistory history, EventProcessingConfiguration processing,
                   TokenStore tokenStore, TransactionManager transactions, ReadModelStoreCommit durable,
                   ObjectProvider<ReadModelFile> file) {
        this.registry = registry;
        this.generations = generations;
        this.collections = collections;
        this.mongo = mongo;
        this.history = history;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.durable = durable;
        this.file = file;
    }

    /** Starts rebuilding the named read models (all when none is named) and returns at once. */
    public RebuildStatus start(Set<String> readModels) {
        Map<String, RebuildableReadModel> models = registry.select(readModels);
        RebuildJob job;
        synchronized (jobs) {
            if (current != null && current.running()) {
                throw RuleViolation.conflict(null, "rebuild.running", current.id);
            }
            job = new RebuildJob(new ArrayList<>(models.keySet()));
            job.eventsTotal = history.count();
            jobs.put(job.id, job);
            if (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
            current = job;
        }
        runner.submit(() -> run(job, models.values()));
        return job.status();
    }

    /** Runs a rebuild on the calling thread (the benchmark measures it so) and returns its final status. */
    public RebuildStatus runNow(Set<String> readModels) {
        Map<String, RebuildableReadModel> models = registry.select(readModels);
        RebuildJob job = new RebuildJob(new ArrayList<>(models.keySet()));
        job.eventsTotal = history.count();
        synchronized (jobs) {
            jobs.put(job.id, job);
            current = job;
        }
        run(job, models.values());
        return job.status();
    }

    public Optional<RebuildStatus> status(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(RebuildJob::status);
        }
    }

    public List<RebuildStatus> recent() {
        synchronized (jobs) {
            List<RebuildStatus> list = new ArrayList<>();
            jobs.values().forEach(job -> list.add(0, job.status()));
            return list;
        }
    }

    /** The running rebuild or the last one; {@code null} before the first. */
    RebuildJob current() {
        return current;
    }

    private void run(RebuildJob job, Collection<RebuildableReadModel> models) {
        Map<RebuildableReadModel, CollectionNames> shadows = new LinkedHashMap<>();
        Map<RebuildableReadModel, Long> previous = new LinkedHashMap<>();
        Map<String, StreamingEventProcessor> paused = new LinkedHashMap<>();
        boolean switched = false;
        log.info("Rebuild {} of {} started ({} events in the store)", job.id, job.readModels, job.eventsTotal);
        try {
            for (RebuildableReadModel model : models) {
                long active = generations.active(model.readModelName());
                long next = active + 1;
                CollectionNames names = ReadModelGenerations.names(next);
                collections.create(model, names);
                previous.put(model, active);
                shadows.put(model, names);
                job.generations.put(model.readModelName(), next);
            }
            ShadowFold fold = new ShadowFold(mongo, shadows);
            TrackingToken position = history.readFrom(null, event -> {
                fold.apply(event);
                job.eventsDone.incrementAndGet();
            });
            fold.flush();

            job.state = RebuildState.INDEXING;
            shadows.forEach(collections::index);

            job.state = RebuildState.CATCHING_UP;
            for (RebuildableReadModel model : models) {
                processor(model.processingGroup()).ifPresent(processor -> paused.put(model.processingGroup(), processor));
            }
            for (StreamingEventProcessor processor : paused.values()) {
                processor.shutdownAsync().get(60, TimeUnit.SECONDS);
            }
            position = history.readFrom(position, event -> {
                fold.apply(event);
                job.eventsDone.incrementAndGet();
            });
            fold.flush();
            // the shadows durable before the tokens move past their events, the switch right after (decision 0022)
            durable.commit();
            moveTokens(paused.keySet(), position);
            shadows.keySet().forEach(model -> generations.switchTo(model.readModelName(),
                    job.generations.get(model.readModelName()), model.version()));
            // the store now holds the events up to the moved tokens: its positions say so (decision 0026)
            recordPositions(paused.keySet(), position);
            durable.commit();
            switched = true;
        } catch (Exception | Error e) {
            job.error = e.getClass().getName();
            // class only: an exception message may quote a document, hence personal data
            log.error("Rebuild {} failed: {}", job.id, e.getClass().getName());
            shadows.forEach((model, names) -> dropQuietly(model, names));
        } finally {
            paused.values().forEach(StreamingEventProcessor::start);
            if (switched) {
                dropper.schedule(() -> {
                    previous.forEach((model, generation) -> dropQuietly(model,
                            ReadModelGenerations.names(generation)));
                    compactQuietly();
                }, DROP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
            job.finishedAt = Instant.now();
            job.state = switched ? RebuildState.COMPLETED : RebuildState.FAILED;
            log.info("Rebuild {} {} after {} events ({} events/s)", job.id, job.state, job.eventsDone.get(),
                    Math.round(job.eventsPerSecond()));
        }
    }

    private Optional<StreamingEventProcessor> processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class);
    }

    /** Every segment of each paused processor resumes right after the fold's last event. */
    private void moveTokens(Collection<String> processors, TrackingToken position) {
        transactions.executeInTransaction(() -> {
            for (String name : processors) {
                for (int segment : tokenStore.fetchSegments(name)) {
                    tokenStore.fetchToken(name, segment);
                    tokenStore.storeToken(position, name, segment);
                    tokenStore.releaseClaim(name, segment);
                }
            }
        });
    }

    private void recordPositions(Collection<String> processors, TrackingToken position) {
        if (position == null || position.position().isEmpty()) {
            return;
        }
        for (String name : processors) {
            for (int segment : tokenStore.fetchSegments(name)) {
                durable.recordPosition(name, segment, position.position().getAsLong());
            }
        }
    }

    private void dropQuietly(RebuildableReadModel model, CollectionNames names) {
        try {
            collections.drop(model, names);
        } catch (RuntimeException e) {
            log.warn("Could not drop a generation of {}: {}", model.readModelName(), e.getClass().getName());
        }
    }

    /**
     * The embedded store's file given back the space of the dropped generation and of the pages the rebuild rewrote
     * (a real MongoDB has no such file here). A failure leaves the file as large as it was, never the data changed:
     * the store keeps serving and the next rebuild compacts again.
     */
    private void compactQuietly() {
        file.ifAvailable(readModels -> {
            try {
                ReadModelFile.Compaction done = readModels.compact(COMPACTION_BUDGET);
                log.info("Read-model file compacted from {} MB to {} MB in {} ms ({} slices; {} % of it in chunks, {} % "
                                + "of theirs live)", done.bytesBefore() >> 20, done.bytesAfter() >> 20,
                        done.took().toMillis(), done.slices(), done.fillRate(), done.chunksFillRate());
            } catch (RuntimeException e) {
                log.warn("Could not compact the read-model file: {}", e.getClass().getName());
            }
        });
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        dropper.shutdown();
    }
}
