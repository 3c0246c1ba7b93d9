package qc.logbook.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * SHA-256 of a read model's content: every document of every collection of the active generation, in {@code _id}
 * order, as canonical extended JSON. Two replays of the same events must give the same hash.
 */
@Component
class ContentHashes {

    private final MongoTemplate mongo;
    private final ReadModelGenerations generations;
    private final ReadModelRegistry registry;

    ContentHashes(MongoTemplate mongo, ReadModelGenerations generations, ReadModelRegistry registry) {
        this.mongo = mongo;
        this.generations = generations;
        this.registry = registry;
    }

    ContentHash of(String readModel) {
        RebuildableReadModel model = registry.get(readModel);
        CollectionNames names = generations.activeNames(readModel);
        MessageDigest all = sha256();
        Map<String, ContentHash.Collection> parts = new TreeMap<>();
        for (String logical : new TreeMap<>(model.collections()).keySet()) {
            MessageDigest digest = sha256();
            long count = 0;
            for (Document document : mongo.getCollection(names.of(logical)).find().sort(new Document("_id", 1))) {
                byte[] line = (document.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
                digest.update(line);
                all.update(line);
                count++;
            }
            parts.put(logical, new ContentHash.Collection(names.of(logical), count,
                    HexFormat.of().formatHex(digest.digest())));
        }
        return new ContentHash(readModel, generations.active(readModel), HexFormat.of().formatHex(all.digest()),
                parts);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a read model and of each of its collections. */
    record ContentHash(String readModel, long generation, String sha256, Map<String, Collection> collections) {

        record Collection(String physicalName, long documents, String sha256) {
        }
    }
}
