package qc.logbook.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 file backend, with unique indexes that compare their keys quickly and documents stored as BSON.
 *
 * <p>The stock backend keeps each unique index (the {@code _id} index of every collection included) in an H2 map whose
 * keys are mongo-java-server's {@link KeyValue}s. H2 does not know that type and, as it is not {@link Comparable},
 * orders it by comparing the Java-serialised bytes of both keys: every step of every B-tree search serialises two
 * objects. Profiling the projections showed that comparison alone taking about a third of the embedded store's CPU.
 * Here index keys are ordered with mongo-java-server's own BSON {@link ValueComparator}, element by element, which is
 * also MongoDB's notion of key equality (1 and 1.0 are the same key). Keys are stored element by element, not with
 * Java serialisation (see {@link KeyOrder}).
 *
 * <p>The maps of these indexes have their own names ({@value #INDEX_MAP}), because pages written in the old order
 * cannot be searched in the new one: on opening a store written by the stock backend, its index maps are removed and
 * the indexes are rebuilt from the documents (mongo-java-server fills an empty index from its collection).
 *
 * <p>The stock backend also stores every document with Java serialisation, H2's fallback for a type it does not know:
 * with the projections running, serialising and deserialising documents was the largest share of the embedded
 * store's CPU (an {@code ObjectOutputStream} per page written, an {@code ObjectInputStream} per document read). Here
 * documents are written in BSON, the form they arrive in over the wire, behind a tag of their own ({@link
 * DocumentValues}); values in the stock form are still read, so a store written by the stock backend opens as it is
 * and each document moves to BSON the next time it is written.
 *
 * <p>Writes are committed to the store's file by H2 about once a second, and by {@link #commit()} whenever an event
 * processor's batch or a rebuild is about to commit its tracking tokens (the application's {@code
 * ReadModelStoreCommit}): a token is never durable before the writes it stands for. Committing after every write
 * instead rewrote every touched page of every written map on each write: four times the
 * file growth under many small writes, for the same guarantee (decision 0022).
 *
 * <p>Every command and query holds the store's current version for as long as it runs ({@link #handleCommand}). A
 * query reads the version of the maps it found when it started, and H2 frees a chunk once no version it keeps needs
 * it: without the hold, a scan that outlived a few commits of other collections (H2 keeps the last five versions) and
 * H2's housekeeping, which moves live pages out of sparse chunks, met "Chunk N not found" in the middle of its
 * version. H2's own transactions hold versions the same way.
 */
final class ReadModelStoreBackend extends H2Backend {

    static final String INDEX_MAP = "._keyed_index_";
    private static final String STOCK_INDEX_MAP = "._index_";

    private final StoreExclusion exclusion = new StoreExclusion();

    ReadModelStoreBackend(MVStore store) {
        super(store);
    }

    static ReadModelStoreBackend open(String file) {
        return new ReadModelStoreBackend(openStore(file, StoreProperties.DEFAULT_CACHE_MIB));
    }

    /**
     * H2's store on this file with a page cache of {@code cacheMib}. With H2's default of 16 MiB, profiling the live
     * projections at 10,000 events put a third of the store's request time in reading pages back from the file (each
     * parsed again) and a quarter of its commits' time in evicting the pages they had just written.
     */
    static MVStore openStore(String file, int cacheMib) {
        return new MVStore.Builder().fileName(file).cacheSize(cacheMib).open();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return holdingItsVersion(() -> super.handleCommand(channel, databaseName, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return holdingItsVersion(() -> super.handleQuery(query));
    }

    /** A command or query: beside the other commands (no compaction slice meanwhile), on the version it started on. */
    private <T> T holdingItsVersion(java.util.function.Supplier<T> work) {
        return exclusion.shared(() -> {
            MVStore.TxCounter version = getMvStore().registerVersionUsage();
            try {
                return work.get();
            } finally {
                getMvStore().deregisterVersionUsage(version);
            }
        });
    }

    @Override
    public void dropDatabase(String databaseName) {
        exclusion.shared(() -> super.dropDatabase(databaseName));
    }

    @Override
    public void commit() {
        exclusion.shared(super::commit);
    }

    /**
     * Closes the store once a running compaction slice has ended (the compaction then stops), or after 30 s whatever
     * holds it: a stop must not wait for a stuck command.
     */
    @Override
    public void close() {
        if (!exclusion.exclusive(java.time.Duration.ofSeconds(30), super::close)) {
            super.close();
        }
    }

    /** What every access to the store's file outside this class (its commits, its own maps) runs under. */
    StoreExclusion exclusion() {
        return exclusion;
    }

    /**
     * Gives the file back the space the store no longer uses (a dropped generation, the pages a rebuild rewrote), by
     * rewriting the live pages of its chunks, a bounded amount per slice of about {@value #SLICE_MILLIS} ms, each slice
     * holding the store to itself ({@link StoreExclusion}). H2 writes the rewritten pages into the first free space of
     * the file, frees the chunks they came from and truncates the file whenever its end is free; once every chunk has
     * been rewritten, the file holds the live pages, packed from its start. This is the rewriting H2's background
     * housekeeping does itself, only all of it and at once. H2's chunk moving ({@code MVStore.compactFile}, {@code
     * RandomAccessStore.compactMoveChunks}) is not used: it broke one of H2's own assertions (a chunk moved beyond the
     * place it was given, in {@code moveChunkInside}), and H2 then closed the store, even with nothing else running.
     * The slice's exclusive hold lets it free the rewritten chunks at once (no command reads an older version
     * meanwhile) and keeps H2's background writer out. Between slices the store serves as usual for {@value
     * #PAUSE_MILLIS} ms. Stops once the file is dense (at least {@value #DENSE_FILE} % of it in chunks and {@value
     * #DENSE} % of the chunks' bytes live), once it has rewritten {@value #REWRITES} times what the file held live when
     * it started without the file shrinking meanwhile, after {@value #IDLE_SLICES} slices in a row that found nothing
     * to rewrite, when {@code budget} is spent, or when the store is closed.
     */
    ReadModelFile.Compaction compactFile(java.time.Duration budget) {
        MVStore store = getMvStore();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        long before = store.getFileStore().size();
        long live = before * store.getFileStore().getFillRate() / 100 * store.getFileStore().getChunksFillRate() / 100;
        long rewritten = 0;
        long smallest = before;
        long bytes = START_REWRITE_BYTES;
        int slices = 0;
        for (int idle = 0; idle < IDLE_SLICES && rewritten <= REWRITES * live && System.nanoTime() < deadline
                && !store.isClosed() && !dense(store); ) {
            long sliceStart = System.nanoTime();
            long amount = bytes;
            boolean[] found = new boolean[1];
            boolean ran = exclusion.exclusive(java.time.Duration.ofSeconds(10),
                    () -> found[0] = compactionSlice(store, amount));
            long millis = (System.nanoTime() - sliceStart) / 1_000_000;
            if (ran && !store.isClosed()) {
                slices++;
                long size = store.getFileStore().size();
                if (size < smallest) {
                    // still getting somewhere: the budget of rewriting without result starts again
                    smallest = size;
                    rewritten = 0;
                }
                if (found[0]) {
                    rewritten += amount;
                    idle = 0;
                    // as much rewritten per slice as the disk writes in about one slice's time
                    bytes = millis > 2 * SLICE_MILLIS ? Math.max(MIN_REWRITE_BYTES, bytes / 2)
                            : millis < SLICE_MILLIS / 2 ? Math.min(MAX_REWRITE_BYTES, bytes * 2) : bytes;
                } else if (bytes < MAX_REWRITE_BYTES) {
                    // H2 rewrites whole chunks only, those whose live data fits in the amount: try a larger one
                    bytes = Math.min(MAX_REWRITE_BYTES, bytes * 4);
                } else {
                    idle++;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(PAUSE_MILLIS * 1_000_000L);
        }
        boolean open = !store.isClosed();
        return new ReadModelFile.Compaction(java.time.Instant.now(), before, open ? store.getFileStore().size() : -1,
                slices, java.time.Duration.ofNanos(System.nanoTime() - start),
                open ? store.getFileStore().getFillRate() : -1, open ? store.getFileStore().getChunksFillRate() : -1);
    }

    private static boolean dense(MVStore store) {
        return store.getFileStore().getFillRate() >= DENSE_FILE && store.getFileStore().getChunksFillRate() >= DENSE;
    }

    /**
     * One slice: up to {@code bytes} of live pages rewritten, the chunks with the least live data first, written into
     * the free space nearest the file's start, and the chunks they came from freed. Answers whether it found anything
     * to rewrite.
     */
    private static boolean compactionSlice(MVStore store, long bytes) {
        if (store.isClosed()) {
            return false;
        }
        int delay = store.getAutoCommitDelay();
        int retention = store.getRetentionTime();
        // stops H2's background writer and waits for its serialisation and save threads to finish their work
        store.setAutoCommitDelay(0);
        try {
            store.setRetentionTime(0);
            store.commit();
            // 101: whatever the chunks' fill rate (H2 rewrites only below the rate given)
            boolean found = store.compact(101, (int) bytes);
            store.commit();
            store.getFileStore().dropUnusedChunks();
            return found;
        } finally {
            store.setRetentionTime(retention);
            store.setAutoCommitDelay(delay);
        }
    }

    static final int SLICE_MILLIS = 400;
    /** Live pages that H2 puts at the file's end, where no free space is large enough, are rewritten again later. */
    static final int REWRITES = 4;
    static final long PAUSE_MILLIS = 200;
    static final int IDLE_SLICES = 3;
    static final int DENSE = 90;
    static final int DENSE_FILE = 95;
    static final long START_REWRITE_BYTES = 16L << 20;
    static final long MIN_REWRITE_BYTES = 4L << 20;
    static final long MAX_REWRITE_BYTES = 256L << 20;

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    /**
     * A database whose unique indexes use {@link KeyOrder} and whose documents are stored by {@link DocumentValues}.
     * Not static: the store is the backend's.
     */
    private final class Database extends H2Database {

        /** The names H2Database gives a collection's maps (package-private there). */
        private static final String DATA_PREFIX = "databases.";
        private static final String META_PREFIX = "meta.";

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, getMvStore(), cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA_PREFIX + fullName,
                    new MVMap.Builder<Object, Document>().valueType(new DocumentValues()));
            MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + fullName);
            return new PlannedCollection(this, collectionName, options, data, meta, cursorRegistry);
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

        /** A secondary index kept in order, which the stock backend ignores (see {@link OrderedIndex}). */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            MVMap<KeyValue, Boolean> map = getMvStore().openMap(orderedMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Boolean>().keyType(OrderedIndex.order(keys)));
            return new OrderedIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            for (String name : List.of(mapName(collection.getCollectionName(), indexName),
                    orderedMapName(collection.getCollectionName(), indexName))) {
                if (getMvStore().hasMap(name)) {
                    getMvStore().removeMap(name);
                }
            }
        }

        private String orderedMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + OrderedIndex.MAP + indexName;
        }

        private String mapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName;
        }
    }

    /**
     * H2's storage of index keys, ordered as MongoDB orders them, and written element by element behind {@link
     * #KEY_TAG} (a tag H2's {@link ObjectDataType} never writes) instead of with Java serialisation, H2's fallback for
     * a {@link KeyValue}: every commit writes each index leaf page touched since the last one again, with all its keys,
     * and an {@code ObjectOutputStream} per key was then the largest share of the {@code H2-serialization} thread.
     * Each element is written as H2 writes a value of its type, so it reads back as the same type, but for the two
     * H2 would still Java-serialise: instants (BSON dates, in the views' date indexes) and missing fields, behind
     * tags of their own. Keys written in the Java-serialised form are still read.
     */
    static class KeyOrder extends ObjectDataType {

        static final byte KEY_TAG = 126;
        /** An element that is an instant (BSON dates: the views' dates and times), in seconds and nanoseconds. */
        static final byte INSTANT_TAG = 125;
        /** An element for a field the document does not have. */
        static final byte MISSING_TAG = 124;
        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (!(value instanceof KeyValue key)) {
                super.write(buffer, value);
                return;
            }
            buffer.put(KEY_TAG).putVarInt(key.size());
            for (Object element : key) {
                if (element instanceof Instant instant) {
                    buffer.put(INSTANT_TAG).putVarLong(instant.getEpochSecond()).putVarInt(instant.getNano());
                } else if (element instanceof Missing) {
                    buffer.put(MISSING_TAG);
                } else {
                    super.write(buffer, element);
                }
            }
        }

        @Override
        public Object read(ByteBuffer buffer) {
            if (buffer.get(buffer.position()) != KEY_TAG) {
                return super.read(buffer);
            }
            buffer.get();
            int size = DataUtils.readVarInt(buffer);
            List<Object> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                byte tag = buffer.get(buffer.position());
                if (tag == INSTANT_TAG) {
                    buffer.get();
                    long seconds = DataUtils.readVarLong(buffer);
                    elements.add(Instant.ofEpochSecond(seconds, DataUtils.readVarInt(buffer)));
                } else if (tag == MISSING_TAG) {
                    buffer.get();
                    elements.add(Missing.getInstance());
                } else {
                    elements.add(super.read(buffer));
                }
            }
            return new KeyValue(elements);
        }

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
            for (int i = 0; l.hasNext() && r.hasNext(); i++) {
                int order = compareElements(i, l.next(), r.next());
                if (order != 0) {
                    return order;
                }
            }
            return Boolean.compare(l.hasNext(), r.hasNext());
        }

        /** The order of the {@code i}-th elements of two keys: MongoDB's order of values. */
        protected int compareElements(int i, Object x, Object y) {
            return VALUES.compare(Missing.ofNullable(x), Missing.ofNullable(y));
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

    /**
     * H2's storage of a collection's documents: BSON behind {@link #BSON_TAG}, a tag H2's {@link ObjectDataType} never
     * writes (its tags stop at 119), so that values it wrote (Java-serialised documents) are still read by it. A
     * document BSON cannot hold is left to H2's own form.
     */
    static final class DocumentValues extends ObjectDataType {

        static final byte BSON_TAG = 127;

        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (value instanceof Document document) {
                ByteBuf bson = Unpooled.buffer(512);
                try {
                    BsonEncoder.encodeDocument(document, bson);
                    buffer.put(BSON_TAG);
                    buffer.put(bson.nioBuffer());
                    return;
                } catch (IllegalArgumentException notBson) {
                    // a value without a BSON type: stored as H2 stores any object, below
                } finally {
                    bson.release();
                }
            }
            super.write(buffer, value);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            if (buffer.get(buffer.position()) != BSON_TAG) {
                return super.read(buffer);
            }
            buffer.get();
            ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
            Document document = BsonDecoder.decodeBson(bson);
            buffer.position(buffer.position() + bson.readerIndex());
            return document;
        }
    }
}
