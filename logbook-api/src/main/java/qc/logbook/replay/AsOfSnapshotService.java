package qc.logbook.replay;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.logbook.readmodel.BulkInsert;
import qc.logbook.readmodel.AsOfSnapshots;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.InMemoryDocuments;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * A read model as it stood at an instant: the events stored with a timestamp up to that instant are folded in memory
 * with the read model's own handlers; the collections the query reads are written to temporary collections; the read
 * model's own query runs on them; they are dropped. The whole history is read (global order and timestamp order may
 * differ slightly under concurrent commits, and imported history may carry older timestamps), so the cost grows with
 * the store: meant for reports and research, not for dashboards.
 */
@Service
class AsOfSnapshotService implements AsOfSnapshots {

    private static final int BATCH = 1000;

    private final ReadModelRegistry registry;
    private final Generations collections;
    private final MongoTemplate mongo;
    private final EventHistory history;

    AsOfSnapshotService(ReadModelRegistry registry, Generations collections, MongoTemplate mongo,
                        EventHistory history) {
        this.registry = registry;
        this.collections = collections;
        this.mongo = mongo;
        this.history = history;
    }

    @Override
    public <R> R query(String readModel, Instant asOf, Set<String> needed, Function<CollectionNames, R> query) {
        RebuildableReadModel model = registry.get(readModel);
        InMemoryDocuments memory = new InMemoryDocuments();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(model.eventHandlersWriting(memory));
        try {
            history.readFrom(null, event -> {
                if (!event.getTimestamp().isAfter(asOf) && handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("As-of fold failed", e);
        }
        String suffix = "__asof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CollectionNames names = logical -> logical + suffix;
        collections.create(model, names);
        try {
            for (String logical : model.collections().keySet()) {
                if (needed == null || needed.contains(logical)) {
                    BulkInsert.into(mongo, names.of(logical), memory.collection(logical).values(), BATCH);
                }
            }
            return query.apply(names);
        } finally {
            collections.drop(model, names);
        }
    }
}
