package qc.logbook.replay;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.logbook.readmodel.BulkInsert;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.InMemoryDocuments;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * A read model as it stood at an instant, the plain way: every event stored with a timestamp up to that instant, the
 * whole history read in global order, folded in memory with the read model's own handlers. The whole history is read
 * because global order and timestamp order may differ (concurrent commits, imported history with older timestamps),
 * so the cost grows with the store. The point-in-time reads ({@code qc.logbook.asof}) use it where they have no faster
 * path, and their tests and benchmark compare against it; {@link #onTemporaryCollections} writes a fold where a read
 * model's query reads MongoDB collections.
 */
@Service
public class FullHistoryFold {

    private static final int BATCH = 1000;

    private final ReadModelRegistry registry;
    private final Generations collections;
    private final MongoTemplate mongo;
    private final EventHistory history;

    FullHistoryFold(ReadModelRegistry registry, Generations collections, MongoTemplate mongo, EventHistory history) {
        this.registry = registry;
        this.collections = collections;
        this.mongo = mongo;
        this.history = history;
    }

    /** The documents of {@code readModel} folded from every event with a timestamp up to {@code asOf}. */
    public InMemoryDocuments fold(String readModel, Instant asOf) {
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
        return memory;
    }

    /**
     * Writes the {@code needed} collections of a fold ({@code null}: all) to temporary collections, runs {@code query}
     * on their names and drops them.
     */
    public <R> R onTemporaryCollections(String readModel, InMemoryDocuments memory, Set<String> needed,
                                        Function<CollectionNames, R> query) {
        RebuildableReadModel model = registry.get(readModel);
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
