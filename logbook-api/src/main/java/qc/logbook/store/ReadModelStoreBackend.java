package qc.logbook.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 file backend, with unique indexes that compare their keys quickly.
 *
 * <p>The stock backend keeps each unique index (the {@code _id} index of every collection included) in an H2 map whose
 * keys are mongo-java-server's {@link KeyValue}s. H2 does not know that type and, as it is not {@link Comparable},
 * orders it by comparing the Java-serialised bytes of both keys: every step of every B-tree search serialises two
 * objects. Profiling the projections showed that comparison alone taking about a third of the embedded store's CPU.
 * Here index keys are ordered with mongo-java-server's own BSON {@link ValueComparator}, element by element, which is
 * also MongoDB's notion of key equality (1 and 1.0 are the same key). Keys are still stored as H2 stores them.
 *
 * <p>The maps of these indexes have their own names ({@value #INDEX_MAP}), because pages written in the old order
 * cannot be searched in the new one: on opening a store written by the stock backend, its index maps are removed and
 * the indexes are rebuilt from the documents (mongo-java-server fills an empty index from its collection).
 */
final class ReadModelStoreBackend extends H2Backend {

    static final String INDEX_MAP = "._keyed_index_";
    private static final String STOCK_INDEX_MAP = "._index_";

    ReadModelStoreBackend(MVStore store) {
        super(store);
    }

    static ReadModelStoreBackend open(String file) {
        return new ReadModelStoreBackend(MVStore.open(file));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    /** A database whose unique indexes use {@link KeyOrder}. Not static: the store is the backend's. */
    private final class Database extends H2Database {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, getMvStore(), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                        List<IndexKey> keys, boolean sparse) {
            MVStore store = getMvStore();
            String stock = getFullCollectionNamespace(collectionName) + STOCK_INDEX_MAP + indexName;
            if (store.hasMap(stock)) {
                store.removeMap(stock);
            }
            MVMap<KeyValue, Object> map = store.openMap(mapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
            return new KeyedUniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String name = mapName(collection.getCollectionName(), indexName);
            if (getMvStore().hasMap(name)) {
                getMvStore().removeMap(name);
            }
        }

        private String mapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName;
        }
    }

    /** H2's storage of arbitrary objects, ordered as MongoDB orders index keys. */
    static final class KeyOrder extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (a == b) {
                return 0;
            }
            if (!(a instanceof KeyValue left) || !(b instanceof KeyValue right)) {
                return super.compare(a, b);
            }
            Iterator<Object> l = left.iterator();
            Iterator<Object> r = right.iterator();
            while (l.hasNext() && r.hasNext()) {
                int order = VALUES.compare(Missing.ofNullable(l.next()), Missing.ofNullable(r.next()));
                if (order != 0) {
                    return order;
                }
            }
            return Boolean.compare(l.hasNext(), r.hasNext());
        }
    }

    /** The stock H2 unique index, on a map given by the database. */
    private static final class KeyedUniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        KeyedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
