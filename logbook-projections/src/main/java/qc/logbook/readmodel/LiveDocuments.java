package qc.logbook.readmodel;

import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The documents of a read model's active generation, as its live event processor sees them: inside a processor batch
 * (Axon's unit of work), reads and writes go through one {@link WriteBehindBuffer} flushed when the batch prepares to
 * commit, before its tracking token is committed; outside a unit of work every save is written at once. Making the
 * writes durable is not the projections' part: the application's processor wiring commits the store once per batch,
 * after every flush and before the token.
 */
public final class LiveDocuments implements DocumentStore {

    private final MongoTemplate mongo;
    private final ReadModelGenerations generations;
    private final String readModel;
    private final String resourceKey;
    private final List<String> flushOrder;

    public LiveDocuments(MongoTemplate mongo, ReadModelGenerations generations, String readModel) {
        this(mongo, generations, readModel, List.of());
    }

    /** @param flushOrder see {@link WriteBehindBuffer#WriteBehindBuffer(MongoTemplate, CollectionNames, boolean, int, List)} */
    public LiveDocuments(MongoTemplate mongo, ReadModelGenerations generations, String readModel,
                         List<String> flushOrder) {
        this.mongo = mongo;
        this.generations = generations;
        this.readModel = readModel;
        this.resourceKey = LiveDocuments.class.getName() + "/" + readModel;
        this.flushOrder = List.copyOf(flushOrder);
    }

    @Override
    public <T> T find(String collection, String id, Class<T> type) {
        return buffer().find(collection, id, type);
    }

    @Override
    public void save(String collection, String id, Object document) {
        if (CurrentUnitOfWork.isStarted()) {
            buffer().save(collection, id, document);
        } else {
            WriteBehindBuffer direct = buffer();
            direct.save(collection, id, document);
            direct.flush();
        }
    }

    /** The physical name of a collection of the active generation. */
    public String active(String collection) {
        return generations.activeNames(readModel).of(collection);
    }

    private WriteBehindBuffer buffer() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new WriteBehindBuffer(mongo, generations.activeNames(readModel), false, Integer.MAX_VALUE,
                    flushOrder);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resourceKey, key -> {
            WriteBehindBuffer buffer = new WriteBehindBuffer(mongo, generations.activeNames(readModel), false,
                    Integer.MAX_VALUE, flushOrder);
            root.onPrepareCommit(u -> buffer.flush());
            return buffer;
        });
    }
}
