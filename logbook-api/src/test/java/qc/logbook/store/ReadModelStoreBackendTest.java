package qc.logbook.store;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelStoreBackendTest {

    @TempDir
    Path dir;

    private String file() {
        return dir.resolve("mongo.mv").toString();
    }

    private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        StoreClients.withDatabase(backend, database -> work.accept(database.getCollection("cells")));
    }

    private static void fill(MongoCollection<Document> cells, int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("_id", "cell-" + i).append("code", i).append("count", i * 2));
        }
        cells.insertMany(documents);
        cells.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
    }

    @Test
    void finds_updates_and_rejects_duplicates_by_unique_keys() {
        with(ReadModelStoreBackend.open(file()), cells -> {
            fill(cells, 500);

            assertThat(cells.find(eq("_id", "cell-321")).first()).containsEntry("count", 642);
            assertThat(cells.find(eq("code", 77)).first()).containsEntry("_id", "cell-77");
            cells.updateOne(eq("_id", "cell-321"), new Document("$inc", new Document("count", 1)));
            assertThat(cells.find(eq("_id", "cell-321")).first()).containsEntry("count", 643);
            assertThatThrownBy(() -> cells.insertOne(new Document("_id", "cell-5")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            // as in MongoDB, 7 and 7.0 are the same key
            assertThatThrownBy(() -> cells.insertOne(new Document("_id", "other").append("code", 7.0)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(cells.countDocuments()).isEqualTo(500);
        });
    }

    @Test
    void a_dropped_collection_starts_again_empty() {
        with(ReadModelStoreBackend.open(file()), cells -> {
            fill(cells, 50);
            cells.drop();
            fill(cells, 10);

            assertThat(cells.countDocuments()).isEqualTo(10);
            assertThat(cells.find(eq("_id", "cell-9")).first()).isNotNull();
            assertThat(cells.find(eq("_id", "cell-10")).first()).isNull();
        });
    }

    @Test
    void documents_and_indexes_survive_a_restart() {
        with(ReadModelStoreBackend.open(file()), cells -> fill(cells, 200));

        with(ReadModelStoreBackend.open(file()), cells -> {
            assertThat(cells.countDocuments()).isEqualTo(200);
            assertThat(cells.find(eq("_id", "cell-199")).first()).containsEntry("code", 199);
            assertThat(cells.find(eq("code", 42)).first()).containsEntry("_id", "cell-42");
            assertThatThrownBy(() -> cells.insertOne(new Document("_id", "cell-0")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void a_store_written_by_the_stock_backend_is_reindexed_on_opening() {
        with(new H2Backend(file()), cells -> fill(cells, 300));

        with(ReadModelStoreBackend.open(file()), cells -> {
            assertThat(cells.countDocuments()).isEqualTo(300);
            assertThat(cells.find(eq("_id", "cell-250")).first()).containsEntry("code", 250);
            assertThat(cells.find(eq("code", 12)).first()).containsEntry("_id", "cell-12");
            assertThatThrownBy(() -> cells.insertOne(new Document("_id", "other").append("code", 12)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });

        MVStore store = MVStore.open(file());
        try {
            assertThat(store.getMapNames()).anyMatch(name -> name.contains(ReadModelStoreBackend.INDEX_MAP))
                    .noneMatch(name -> name.contains("._index_"));
        } finally {
            store.close();
        }
    }

    @Test
    void documents_are_stored_as_bson_and_read_back_with_every_value_type() {
        Document original = new Document("_id", "view-1")
                .append("territory", "L'ÎLE-D'ORLÉANS")
                .append("count", 42).append("total", 9_000_000_000L).append("share", 0.85)
                .append("cancelled", false).append("notes", null)
                .append("recordedAt", java.util.Date.from(java.time.Instant.parse("2015-06-01T13:45:00Z")))
                .append("targetGroups", List.of("JEUNES_FAMILLES", "AINES"))
                .append("referral", new Document("sector", "CISSS").append("outcomes", List.of(new Document("n", 1))))
                .append("amount", new org.bson.types.Decimal128(new java.math.BigDecimal("5500.00")));
        with(ReadModelStoreBackend.open(file()), cells -> cells.insertOne(original));

        with(ReadModelStoreBackend.open(file()), cells -> assertThat(cells.find(eq("_id", "view-1")).first())
                .isEqualTo(original));
        assertThat(storedTags()).containsOnly(ReadModelStoreBackend.DocumentValues.BSON_TAG);
    }

    @Test
    void documents_written_by_the_stock_backend_stay_readable_and_move_to_bson_when_rewritten() {
        with(new H2Backend(file()), cells -> fill(cells, 20));
        assertThat(storedTags()).doesNotContain(ReadModelStoreBackend.DocumentValues.BSON_TAG);

        with(ReadModelStoreBackend.open(file()), cells -> cells.updateOne(eq("_id", "cell-3"),
                new Document("$set", new Document("count", -1))));

        with(ReadModelStoreBackend.open(file()), cells -> {
            assertThat(cells.find(eq("_id", "cell-3")).first()).containsEntry("count", -1).containsEntry("code", 3);
            assertThat(cells.find(eq("_id", "cell-4")).first()).containsEntry("count", 8);
            assertThat(cells.countDocuments()).isEqualTo(20);
        });
        assertThat(storedTags()).contains(ReadModelStoreBackend.DocumentValues.BSON_TAG).hasSize(20);
    }

    @Test
    void writes_are_durable_once_the_store_is_committed() {
        // H2's own commit once a second is turned off here, so only an explicit commit can have written the file
        ReadModelStoreBackend backend = new ReadModelStoreBackend(
                new MVStore.Builder().fileName(file()).autoCommitDisabled().open());
        with(backend, cells -> {
            cells.insertOne(new Document("_id", "cell-1").append("count", 1));
            assertThat(backend.getMvStore().hasUnsavedChanges()).isTrue();

            backend.commit();
            assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
        });
        with(ReadModelStoreBackend.open(file()), cells -> assertThat(cells.find(eq("_id", "cell-1")).first())
                .containsEntry("count", 1));
    }

    @Test
    void many_small_writes_do_not_rewrite_the_file_each() {
        // 400 writes of 50 upserts each into 5,000 documents of about 350 bytes (under 2 MB in all). Committed after
        // every write, each write rewrote its touched pages: the file reached 40 MB. Committed by H2 about once a
        // second (and by processors once per batch), it stays near 10 MB.
        with(ReadModelStoreBackend.open(file()), cells -> {
            java.util.Random random = new java.util.Random(1);
            for (int round = 0; round < 400; round++) {
                List<com.mongodb.client.model.WriteModel<Document>> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    batch.add(new com.mongodb.client.model.UpdateOneModel<>(eq("_id", "cell-" + random.nextInt(5000)),
                            com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.inc("count", 1),
                                    com.mongodb.client.model.Updates.set("payload", "x".repeat(300) + round)),
                            new com.mongodb.client.model.UpdateOptions().upsert(true)));
                }
                cells.bulkWrite(batch);
            }
        });
        assertThat(new java.io.File(file()).length()).isLessThan(25L * 1024 * 1024);
    }

    @Test
    void index_keys_are_stored_element_by_element_and_read_back_as_the_same_types() {
        UUID uuid = UUID.randomUUID();
        KeyValue key = new KeyValue("LEVIS", 3, 4_000_000_000L, 1.5, true, null, uuid,
                Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-01T13:14:15.123456789Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"), Missing.getInstance());
        ReadModelStoreBackend.KeyOrder keys = new ReadModelStoreBackend.KeyOrder();

        ByteBuffer stored = written(keys, key);
        assertThat(stored.get(0)).isEqualTo(ReadModelStoreBackend.KeyOrder.KEY_TAG);
        Object read = keys.read(stored);

        assertThat(read).isEqualTo(key);
        assertThat(typesOf((KeyValue) read)).isEqualTo(typesOf(key));
        assertThat(stored.remaining()).as("every byte written was read").isZero();
        // keys of the types read models use are written without Java serialisation (stream magic 0xACED)
        assertThat(javaSerialised(written(keys, new KeyValue("cell-1", 7, 7L, 0.5, false, null,
                Instant.parse("2024-04-01T00:00:00Z"), Missing.getInstance())))).isFalse();
    }

    @Test
    void index_keys_written_with_java_serialisation_are_still_read() {
        KeyValue key = new KeyValue("cell-1", 7);
        ByteBuffer stock = written(new ObjectDataType(), key);
        assertThat(javaSerialised(stock)).isTrue();

        assertThat(new ReadModelStoreBackend.KeyOrder().read(stock)).isEqualTo(key);
    }

    @Test
    void unique_index_keys_are_on_disk_in_the_element_form() {
        with(ReadModelStoreBackend.open(file()), cells -> fill(cells, 30));

        MVStore store = MVStore.open(file());
        try {
            List<String> indexes = store.getMapNames().stream()
                    .filter(name -> name.contains(ReadModelStoreBackend.INDEX_MAP)).toList();
            assertThat(indexes).hasSize(2); // _id and code
            for (String index : indexes) {
                MVMap<Object, Object> map = store.openMap(index, new MVMap.Builder<Object, Object>()
                        .keyType(new TagOnly(new ReadModelStoreBackend.KeyOrder())));
                assertThat(map.keySet()).hasSize(30).containsOnly(ReadModelStoreBackend.KeyOrder.KEY_TAG);
            }
        } finally {
            store.close();
        }
        with(ReadModelStoreBackend.open(file()), cells -> {
            assertThat(cells.find(eq("code", 17)).first()).containsEntry("_id", "cell-17");
            assertThatThrownBy(() -> cells.insertOne(new Document("_id", "other").append("code", 17)))
                    .isInstanceOf(MongoWriteException.class);
        });
    }

    @Test
    void a_long_scan_reads_its_version_while_writes_commit_and_old_chunks_are_freed() throws Exception {
        // A query scans one version of a collection's map while projections keep writing and committing. H2 frees a
        // chunk once no version it keeps still uses it and its retention time has passed (45 s by default, 0 here so
        // that the test does not wait for it); a scan that has not registered its version then meets "Chunk N not
        // found". A small cache makes the scan read its pages from the file.
        MVStore mvStore = new MVStore.Builder().fileName(file()).cacheSize(1).open();
        mvStore.setRetentionTime(0);
        ReadModelStoreBackend backend = new ReadModelStoreBackend(mvStore);
        StoreClients.withDatabase(backend, database -> {
            MongoCollection<Document> cells = database.getCollection("cells");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                documents.add(new Document("_id", "cell-" + i).append("count", i).append("payload", "x".repeat(200)));
            }
            cells.insertMany(documents);
            backend.commit();

            // projections write to other collections while the scan runs; H2's housekeeping moves the live pages of
            // sparse chunks (the scanned map's included) into new ones, here on every round instead of when it
            // finds the file sparse
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.CompletableFuture<Void> writer = java.util.concurrent.CompletableFuture.runAsync(() -> {
                MongoCollection<Document> tokens = database.getCollection("tokens");
                for (int round = 0; writing.get(); round++) {
                    tokens.replaceOne(eq("_id", "token-" + round % 50), new Document("round", round),
                            new com.mongodb.client.model.ReplaceOptions().upsert(true));
                    backend.commit();
                    mvStore.compact(100, 1024 * 1024);
                }
            });
            try {
                for (int scan = 0; scan < 25; scan++) {
                    assertThat(cells.countDocuments(com.mongodb.client.model.Filters.gte("count", 0)))
                            .isEqualTo(20_000);
                }
            } finally {
                writing.set(false);
            }
            writer.join();
        });
    }

    private static ByteBuffer written(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }

    private static List<String> typesOf(KeyValue key) {
        return key.stream().map(v -> v == null ? "null" : v.getClass().getName()).toList();
    }

    private static boolean javaSerialised(ByteBuffer bytes) {
        for (int i = bytes.position(); i + 1 < bytes.limit(); i++) {
            if (bytes.get(i) == (byte) 0xAC && bytes.get(i + 1) == (byte) 0xED) {
                return true;
            }
        }
        return false;
    }

    /** The first byte of every stored document of the "cells" collection, as it is on disk. */
    private List<Byte> storedTags() {
        MVStore store = MVStore.open(file());
        try {
            MVMap<Object, Object> data = store.openMap("databases.logbook.cells",
                    new MVMap.Builder<Object, Object>()
                            .valueType(new TagOnly(new ReadModelStoreBackend.DocumentValues())));
            return data.values().stream().map(Byte.class::cast).toList();
        } finally {
            store.close();
        }
    }

    /** Reads a stored value (consuming it as the backend's type would) and answers its leading tag. */
    private static final class TagOnly extends ObjectDataType {

        private final ObjectDataType stored;

        TagOnly(ObjectDataType stored) {
            this.stored = stored;
        }

        @Override
        public Object read(ByteBuffer buffer) {
            byte tag = buffer.get(buffer.position());
            stored.read(buffer);
            return tag;
        }
    }
}
