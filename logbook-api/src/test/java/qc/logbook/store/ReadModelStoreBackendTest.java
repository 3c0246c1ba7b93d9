package qc.logbook.store;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelStoreBackendTest {

    @TempDir
    Path dir;

    private String file() {
        return dir.resolve("mongo.mv").toString();
    }

    private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            work.accept(client.getDatabase("logbook").getCollection("cells"));
        } finally {
            server.shutdownNow();
        }
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
}
