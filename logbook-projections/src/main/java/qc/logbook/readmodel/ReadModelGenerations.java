package qc.logbook.readmodel;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The active generation of each read model, stored in MongoDB ({@value #COLLECTION}) so every node reads the same one.
 * Generation 0 uses the collection names of the {@code @Document} annotations; generation n appends {@code __gn}. A
 * blue/green rebuild fills generation n+1 and switches the pointer in one write. Nodes cache the pointer for at most
 * {@value #CACHE_MILLIS} ms.
 *
 * <p>And, per read model, the documents this node's live processor last committed ({@link CommittedDocuments}),
 * forgotten whenever this node claims one of the processor's segments ({@link #forgetCommitted}).
 */
@Component
public class ReadModelGenerations {

    public static final String COLLECTION = "read_model_generations";
    static final long CACHE_MILLIS = 1000;

    private final MongoTemplate mongo;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, CommittedDocuments> committed = new ConcurrentHashMap<>();

    public ReadModelGenerations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The physical name of a logical collection in a generation. */
    public static String physical(String logical, long generation) {
        return generation == 0 ? logical : logical + "__g" + generation;
    }

    /** The physical names of the logical collections in a generation. */
    public static CollectionNames names(long generation) {
        return logical -> physical(logical, generation);
    }

    public long active(String readModel) {
        return pointer(readModel).generation();
    }

    /**
     * The {@link RebuildableReadModel#version()} the active generation was built with; 0 when unknown (built before
     * versions were recorded).
     */
    public int version(String readModel) {
        return pointer(readModel).version();
    }

    private Cached pointer(String readModel) {
        Cached cached = cache.get(readModel);
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.readAt() < CACHE_MILLIS) {
            return cached;
        }
        Document pointer = mongo.getCollection(COLLECTION).find(new Document("_id", readModel)).first();
        long generation = pointer == null ? 0 : ((Number) pointer.get("generation")).longValue();
        int version = pointer == null || pointer.get("version") == null ? 0 : ((Number) pointer.get("version")).intValue();
        Cached fresh = new Cached(generation, version, now);
        cache.put(readModel, fresh);
        return fresh;
    }

    /** Names of the active collections of a read model, resolved now. */
    public CollectionNames activeNames(String readModel) {
        return names(active(readModel));
    }

    /** Makes {@code generation}, built by code of {@code version}, the active one for queries and the live processor. */
    public void switchTo(String readModel, long generation, int version) {
        mongo.upsert(new Query(Criteria.where("_id").is(readModel)), new Update().set("generation", generation)
                .set("version", version).set("switchedAt", Instant.now().toString()), COLLECTION);
        cache.put(readModel, new Cached(generation, version, System.currentTimeMillis()));
    }

    /** Records that the active generation is up to date with code of {@code version} (a new, empty read model). */
    public void recordVersion(String readModel, int version) {
        mongo.upsert(new Query(Criteria.where("_id").is(readModel)),
                new Update().setOnInsert("generation", 0L).set("version", version), COLLECTION);
        cache.remove(readModel);
    }

    /** The documents kept across the live processor's batches of a read model on this node. */
    CommittedDocuments committed(String readModel, int capacity) {
        return committed.computeIfAbsent(readModel, r -> new CommittedDocuments(capacity));
    }

    /**
     * This node claimed a segment of the read model's processor: another node may have written it meanwhile, so what
     * this node kept of it goes.
     */
    public void forgetCommitted(String readModel) {
        CommittedDocuments documents = committed.get(readModel);
        if (documents != null) {
            documents.forget();
        }
    }

    private record Cached(long generation, int version, long readAt) {
    }
}
