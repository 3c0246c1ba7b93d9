package qc.logbook.readmodel;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Keeps the documents a batch of events touches in memory and writes the changed ones to MongoDB in one unordered bulk
 * of replace-upserts per collection on {@link #flush()}. One synchronous round trip per event is what bounded the
 * prototype's replay; this is the lever ARCHITECTURE.md names. Not thread-safe: one buffer per processing thread.
 *
 * <p>A rebuild into empty collections passes {@code startedEmpty}: a document this buffer never wrote cannot exist, so
 * a miss needs no round trip and a first write is a plain insert (much cheaper than an upsert, which must look the id
 * up first). Clean documents beyond {@code maxCached} are evicted after a flush.
 */
public final class WriteBehindBuffer implements DocumentStore {

    private final MongoTemplate mongo;
    private final CollectionNames names;
    private final boolean startedEmpty;
    private final int maxCached;
    private final Map<String, LinkedHashMap<String, Object>> cache = new HashMap<>();
    private final Map<String, Set<String>> dirty = new LinkedHashMap<>();
    /** With {@code startedEmpty}: ids already written to MongoDB, per collection. */
    private final Map<String, Set<String>> persisted = new HashMap<>();
    /** Ids a prefetch found missing, per collection: a find answers {@code null} without a round trip. */
    private final Map<String, Set<String>> absent = new HashMap<>();
    /** A live batch's: documents earlier batches committed, read before MongoDB; {@code null} otherwise. */
    private final CommittedDocuments committed;
    private int pending;

    public WriteBehindBuffer(MongoTemplate mongo, CollectionNames names, boolean startedEmpty, int maxCached) {
        this(mongo, names, startedEmpty, maxCached, List.of());
    }

    /**
     * @param flushOrder collections written first, in this order (a projection whose last collection marks a change as
     *                   done); the others follow in the order they were first saved
     */
    public WriteBehindBuffer(MongoTemplate mongo, CollectionNames names, boolean startedEmpty, int maxCached,
                             List<String> flushOrder) {
        this(mongo, names, startedEmpty, maxCached, flushOrder, null);
    }

    /** A live batch's buffer: a document it has not touched yet is looked up in {@code committed} before MongoDB. */
    WriteBehindBuffer(MongoTemplate mongo, CollectionNames names, boolean startedEmpty, int maxCached,
                      List<String> flushOrder, CommittedDocuments committed) {
        this.mongo = mongo;
        this.committed = committed;
        this.names = names;
        this.startedEmpty = startedEmpty;
        this.maxCached = maxCached;
        flushOrder.forEach(collection -> dirty.put(collection, new LinkedHashSet<>()));
    }

    @Override
    public <T> T find(String collection, String id, Class<T> type) {
        Object cached = cache(collection).get(id);
        if (cached != null) {
            return type.cast(cached);
        }
        if (startedEmpty && !persisted(collection).contains(id)
                || absent.getOrDefault(collection, Set.of()).contains(id)) {
            return null; // never written, or not found by a prefetch, and not in the cache: it does not exist
        }
        Object known = committed == null ? null : committed.get(collection, id);
        if (known != null) {
            cache(collection).put(id, known);
            return type.cast(known);
        }
        T loaded = mongo.findById(id, type, names.of(collection));
        if (loaded != null) {
            cache(collection).put(id, loaded);
        }
        return loaded;
    }

    /**
     * Reads in one query the documents of {@code collection} with these ids that this buffer does not hold yet; an id
     * found missing is answered {@code null} by later finds, without a round trip.
     */
    void prefetch(String collection, Collection<String> ids, Class<?> type) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            if (!cache(collection).containsKey(id) && (committed == null || committed.get(collection, id) == null)) {
                wanted.add(id);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> missing = absent.computeIfAbsent(collection, c -> new HashSet<>());
        missing.addAll(wanted);
        for (Document found : mongo.getCollection(names.of(collection)).find(Filters.in("_id", wanted))) {
            String id = String.valueOf(found.get("_id"));
            missing.remove(id);
            cache(collection).put(id, mongo.getConverter().read(type, found));
        }
    }

    @Override
    public void save(String collection, String id, Object document) {
        cache(collection).put(id, document);
        if (dirty.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id)) {
            pending++;
        }
    }

    /** Documents saved since the last flush. */
    public int pending() {
        return pending;
    }

    /** Writes every changed document, then evicts clean ones beyond the cache limit. */
    public void flush() {
        for (Map.Entry<String, Set<String>> entry : dirty.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Map<String, Object> documents = cache(entry.getKey());
            Set<String> written = persisted(entry.getKey());
            List<WriteModel<Document>> writes = new ArrayList<>(entry.getValue().size());
            for (String id : entry.getValue()) {
                Document bson = new Document();
                mongo.getConverter().write(documents.get(id), bson);
                if (startedEmpty && !written.contains(id)) {
                    writes.add(new InsertOneModel<>(bson));
                } else {
                    writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), bson, new ReplaceOptions().upsert(true)));
                }
            }
            mongo.getCollection(names.of(entry.getKey())).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            if (startedEmpty) {
                written.addAll(entry.getValue());
            }
            entry.getValue().clear();
        }
        pending = 0;
        for (LinkedHashMap<String, Object> documents : cache.values()) {
            var eldest = documents.entrySet().iterator();
            while (documents.size() > maxCached && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }
    }

    /** The documents held, read or written, by logical collection and id. */
    Map<String, ? extends Map<String, Object>> documents() {
        return cache;
    }

    private Set<String> persisted(String collection) {
        return persisted.computeIfAbsent(collection, c -> new HashSet<>());
    }

    private LinkedHashMap<String, Object> cache(String collection) {
        // access order: the least recently touched documents are evicted first
        return cache.computeIfAbsent(collection, c -> new LinkedHashMap<>(1024, 0.75f, true));
    }
}
