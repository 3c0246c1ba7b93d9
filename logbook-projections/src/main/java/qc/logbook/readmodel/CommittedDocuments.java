package qc.logbook.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents of a read model's active generation as this node's live processor last committed them, kept across
 * its batches, so that a batch does not read again over the wire the documents the previous ones wrote (the breakdown's
 * month, year and all-time cells are rewritten by nearly every batch; an intervention's view by each of its events).
 *
 * <p>Only committed state goes in: the documents a batch read or wrote, once its unit of work has committed (its
 * writes flushed, the read-model store and the tracking token committed). A batch that rolls back empties it. Only the
 * node that holds a processor's claim writes that read model (its dead-letter retries too), so the cache can go stale
 * only when the claim moves: the application's token store calls {@link ReadModelGenerations#forgetCommitted} each
 * time this node claims a segment, whoever held it before. A reset and a write outside a processor batch empty it,
 * and a new generation (a rebuild's switch) starts from an empty one.
 *
 * <p>Bounded: the least recently used documents beyond the capacity are dropped. Documents are immutable records, so
 * sharing them between the cache and a batch is safe. A processing group's units of work run one at a time on a node
 * (the application's group lock); the methods are synchronised all the same, as a claim may be taken on another
 * thread.
 */
public final class CommittedDocuments {

    private final int capacity;
    private final LinkedHashMap<Key, Object> documents;
    private long generation = -1;
    /** Counts {@link #forget()} calls: a batch that started before one keeps nothing. */
    private long epoch;

    CommittedDocuments(int capacity) {
        this.capacity = capacity;
        this.documents = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > CommittedDocuments.this.capacity;
            }
        };
    }

    /** A batch of {@code generation} starts; answers the epoch to give back to {@link #committed}. */
    synchronized long startBatch(long generation) {
        if (generation != this.generation) {
            forget();
            this.generation = generation;
        }
        return epoch;
    }

    /** The committed document of the current generation, or {@code null} when this cache does not hold it. */
    synchronized Object get(String collection, String id) {
        return documents.get(new Key(collection, id));
    }

    /**
     * A batch started at {@code epoch} committed: the documents it read or wrote ({@code touched}, by logical
     * collection and id) are the store's state now, unless the cache was emptied meanwhile.
     */
    synchronized void committed(long epoch, Map<String, ? extends Map<String, Object>> touched) {
        if (epoch != this.epoch) {
            return;
        }
        touched.forEach((collection, byId) -> byId.forEach((id, document) ->
                documents.put(new Key(collection, id), document)));
    }

    /** Empties the cache: a batch rolled back, the claim moved, the read model was reset or written outside a batch. */
    public synchronized void forget() {
        documents.clear();
        epoch++;
    }

    /** Documents held. */
    public synchronized int size() {
        return documents.size();
    }

    private record Key(String collection, String id) {
    }
}
