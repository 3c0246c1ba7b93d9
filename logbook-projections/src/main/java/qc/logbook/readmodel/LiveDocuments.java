package qc.logbook.readmodel;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of a read model's active generation, as its live event processor sees them: inside a processor batch
 * (Axon's unit of work), reads and writes go through one {@link WriteBehindBuffer} flushed when the batch prepares to
 * commit, before its tracking token is committed; outside a unit of work every save is written at once. Making the
 * writes durable is not the projections' part: the application's processor wiring commits the store once per batch,
 * after every flush and before the token.
 *
 * <p>Across batches, the documents the previous batches committed are kept ({@link CommittedDocuments}, up to
 * {@value #COMMITTED_CAPACITY} per read model): a batch reads over the wire only what no recent batch of this node
 * touched since it last claimed the processor's segment. A collection whose documents are keyed by their
 * aggregate ({@link #keyedByAggregate}) is read for the whole batch at its first miss, in one query: the documents of a
 * batch's new interventions are then found missing at once, not one round trip each.
 */
public final class LiveDocuments implements DocumentStore {

    /**
     * Documents kept across batches per read model: the breakdown's cells of the periods being written and the
     * interventions recorded lately, whose next events (a referral, its outcome) follow within minutes.
     */
    static final int COMMITTED_CAPACITY = 10_000;

    private final MongoTemplate mongo;
    private final ReadModelGenerations generations;
    private final String readModel;
    private final String resourceKey;
    private final List<String> flushOrder;
    private final CommittedDocuments committed;
    /** Collections keyed by the aggregate of some event types (see {@link #keyedByAggregate}). */
    private final Map<String, KeyedByAggregate> keyedByAggregate = new HashMap<>();

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
        this.committed = generations.committed(readModel, COMMITTED_CAPACITY);
    }

    /**
     * Says that the documents of {@code collection} have, as id, the aggregate identifier of the events of these
     * types: at a batch's first miss in it, every one of them the batch's events name is read in one query.
     */
    public LiveDocuments keyedByAggregate(String collection, Set<Class<?>> eventTypes) {
        keyedByAggregate.put(collection,
                new KeyedByAggregate(Set.copyOf(eventTypes), resourceKey + "/prefetched/" + collection));
        return this;
    }

    @Override
    public <T> T find(String collection, String id, Class<T> type) {
        WriteBehindBuffer buffer = buffer();
        KeyedByAggregate keyed = keyedByAggregate.get(collection);
        if (keyed != null && CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            if (root.resources().putIfAbsent(keyed.prefetched(), Boolean.TRUE) == null) {
                buffer.prefetch(collection, aggregates(root, keyed.eventTypes()), type);
            }
        }
        return buffer.find(collection, id, type);
    }

    /** The aggregate identifiers of the unit of work's events of these types: the whole batch's, in a batch. */
    private static Set<String> aggregates(UnitOfWork<?> root, Set<Class<?>> eventTypes) {
        List<? extends Message<?>> messages = root instanceof BatchingUnitOfWork<?> batch ? batch.getMessages()
                : root.getMessage() == null ? List.of() : List.of(root.getMessage());
        Set<String> ids = new LinkedHashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event && eventTypes.contains(event.getPayloadType())) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }

    @Override
    public void save(String collection, String id, Object document) {
        if (CurrentUnitOfWork.isStarted()) {
            buffer().save(collection, id, document);
        } else {
            WriteBehindBuffer direct = buffer();
            direct.save(collection, id, document);
            direct.flush();
            committed.forget();
        }
    }

    /** Removes every document of a collection of the active generation (a reset). */
    public void removeAll(String collection) {
        mongo.remove(new Query(), active(collection));
        committed.forget();
    }

    /** The documents kept across batches. */
    CommittedDocuments committed() {
        return committed;
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
            long generation = generations.active(readModel);
            long epoch = committed.startBatch(generation);
            WriteBehindBuffer buffer = new WriteBehindBuffer(mongo, ReadModelGenerations.names(generation), false,
                    Integer.MAX_VALUE, flushOrder, committed);
            root.onPrepareCommit(u -> buffer.flush());
            // the transaction (read-model store, then tokens) commits in the commit phase: after it, the batch's
            // documents are the store's; a failure anywhere rolls the unit of work back
            root.afterCommit(u -> committed.committed(epoch, buffer.documents()));
            root.onRollback(u -> committed.forget());
            return buffer;
        });
    }

    /** @param prefetched the unit of work's resource that says the batch has read the collection's documents */
    private record KeyedByAggregate(Set<Class<?>> eventTypes, String prefetched) {
    }
}
