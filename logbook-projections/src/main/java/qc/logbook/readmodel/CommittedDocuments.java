package qc.logbook.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The documents of a read model's active generation as this node's live processor last committed them, kept across
 * its batches, so that a batch does not read again over the wire the documents the previous ones wrote (the breakdown's
 * month, year and all-time cells are rewritten by nearly every batch; an intervention's view by each of its events).
 *
 * <p>Only this node's committed state goes in: the documents a batch read or wrote, once its unit of work has
 * committed (its writes flushed, the read-model store and the tracking token committed). A batch that rolls back
 * empties it. Whether another writer came between two batches is checked at the start of each batch against a
 * <em>writer stamp</em> ({@value #COLLECTION}, one small document per read model and generation): every batch that
 * writes sets the stamp to this cache's own id and batch number, after its documents; a batch that finds any other
 * stamp (another node took the segment over and wrote, a reset, a write outside a processor batch) starts from an
 * empty cache. The cost is one read of the stamp per batch and one write per batch that wrote, instead of one read
 * per document a batch touches.
 *
 * <p>Bounded: the least recently used documents beyond the capacity are dropped. Documents are immutable records, so
 * sharing them between the cache and a batch is safe. A processing group's units of work run one at a time on a node
 * (the application's group lock), but the methods are synchronised all the same.
 */
public final class CommittedDocuments {

    /** One writer stamp per read model and generation: {@code _id} {@code <read model>@<generation>}. */
    public static final String COLLECTION = "read_model_writers";

    private final MongoTemplate mongo;
    private final String readModel;
    private final int capacity;
    private final String writer = UUID.randomUUID().toString();
    private final LinkedHashMap<Key, Object> documents;
    private long generation = -1;
    /** Whether the documents held are the store's: this cache wrote the stamp last, as {@link #stamped}. */
    private boolean current;
    private long stamped;
    private long stamps;
    private long pending = -1;

    public CommittedDocuments(MongoTemplate mongo, String readModel, int capacity) {
        this.mongo = mongo;
        this.readModel = readModel;
        this.capacity = capacity;
        this.documents = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > CommittedDocuments.this.capacity;
            }
        };
    }

    /**
     * A batch of {@code generation} starts: the cache is kept only if the writer stamp is still the one this cache
     * wrote last; otherwise it is emptied and stays out of use until a batch that wrote has committed.
     */
    synchronized void startBatch(long generation) {
        if (generation != this.generation) {
            forget();
            this.generation = generation;
        }
        if (current && !stampIs(stamped)) {
            forget();
        }
        pending = -1;
    }

    /** The committed document of the current batch's generation, or {@code null} when this cache does not know it. */
    synchronized Object get(String collection, String id) {
        return current ? documents.get(new Key(collection, id)) : null;
    }

    /** The batch wrote its documents: its stamp goes to the store after them, before the batch commits. */
    synchronized void stampWrites() {
        long next = ++stamps;
        mongo.upsert(new Query(Criteria.where("_id").is(stampId())),
                new Update().set("writer", writer).set("batch", next), COLLECTION);
        pending = next;
    }

    /**
     * The batch committed: the documents it read or wrote ({@code touched}, by logical collection and id) are the
     * store's state now. A batch that read only, of a cache not known to be current, leaves it empty: nothing says
     * that no other writer came before it.
     */
    synchronized void committed(Map<String, ? extends Map<String, Object>> touched) {
        if (pending >= 0) {
            stamped = pending;
            current = true;
            pending = -1;
        }
        if (current) {
            touched.forEach((collection, byId) -> byId.forEach((id, document) ->
                    documents.put(new Key(collection, id), document)));
        }
    }

    /** Empties the cache (a batch rolled back, or the read model was reset). */
    public synchronized void forget() {
        documents.clear();
        current = false;
        pending = -1;
    }

    /**
     * The documents of {@code generation} were changed outside a processor batch (a reset, a write with no unit of
     * work): this cache and every other node's are stale.
     */
    synchronized void changedOutsideABatch(long generation) {
        forget();
        this.generation = generation;
        mongo.upsert(new Query(Criteria.where("_id").is(stampId())),
                new Update().set("writer", "outside-a-batch").set("batch", ++stamps), COLLECTION);
    }

    /** Documents held. */
    public synchronized int size() {
        return documents.size();
    }

    private boolean stampIs(long expected) {
        Document stamp = mongo.getCollection(COLLECTION).find(new Document("_id", stampId())).first();
        return stamp != null && writer.equals(stamp.getString("writer"))
                && stamp.get("batch") instanceof Number number && number.longValue() == expected;
    }

    private String stampId() {
        return readModel + "@" + generation;
    }

    private record Key(String collection, String id) {
    }
}
