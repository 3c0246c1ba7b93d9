package qc.logbook.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.readmodel.WriteBehindBuffer;

/**
 * Folds events into empty collections of one or more read models with their own {@code @EventHandler} code (through
 * Axon's annotation support, so parameter resolution is the live one), buffering writes and flushing them in bulk.
 */
final class ShadowFold {

    /** Documents kept in memory per collection between flushes; events of one aggregate are usually close together. */
    static final int MAX_CACHED = 100_000;
    /**
     * Events folded between two bulk flushes. Each flush rewrites every document changed since the last one, whole: the
     * breakdown's cells of the months being folded are changed by almost every event, so the fewer flushes, the fewer
     * rewrites of them (2,000 rewrote each hot cell 500 times over a million events). Memory stays bounded by
     * {@link #MAX_CACHED} clean documents plus what this many events change.
     */
    static final int FLUSH_EVERY = 20_000;

    private final List<Target> targets = new ArrayList<>();
    private int sinceFlush;

    ShadowFold(MongoTemplate mongo, Map<RebuildableReadModel, CollectionNames> models) {
        models.forEach((model, names) -> {
            WriteBehindBuffer buffer = new WriteBehindBuffer(mongo, names, true, MAX_CACHED,
                    List.copyOf(model.collections().keySet()));
            targets.add(new Target(new AnnotationEventHandlerAdapter(model.eventHandlersWriting(buffer)), buffer));
        });
    }

    void apply(EventMessage<?> event) throws Exception {
        for (Target target : targets) {
            if (target.handlers().canHandle(event)) {
                target.handlers().handle(event);
            }
        }
        if (++sinceFlush >= FLUSH_EVERY) {
            flush();
        }
    }

    void flush() {
        targets.forEach(target -> target.buffer().flush());
        sinceFlush = 0;
    }

    private record Target(AnnotationEventHandlerAdapter handlers, WriteBehindBuffer buffer) {
    }
}
