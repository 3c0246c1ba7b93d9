package qc.logbook.readmodel;

import java.util.HashMap;
import java.util.Map;

/** Documents held in memory only, by logical collection: what an "as of" fold writes before its query needs them. */
public final class InMemoryDocuments implements DocumentStore {

    private final Map<String, Map<String, Object>> collections = new HashMap<>();

    @Override
    public <T> T find(String collection, String id, Class<T> type) {
        Object document = collection(collection).get(id);
        return document == null ? null : type.cast(document);
    }

    @Override
    public void save(String collection, String id, Object document) {
        collection(collection).put(id, document);
    }

    /** The documents of a collection, by id. */
    public Map<String, Object> collection(String collection) {
        return collections.computeIfAbsent(collection, c -> new HashMap<>());
    }
}
