package qc.logbook.store;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file given back the space of a dropped generation ({@link ReadModelStoreBackend#compactFile})
 * while processors write, commit and record their positions, and queries read: nothing written is lost or changed,
 * and a process killed in the middle of a compaction leaves a file that opens with everything it had committed.
 */
class StoreCompactionTest {

    static final int DOCUMENTS = 20_000;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("mongo.mv");
    }

    @Test
    void a_compaction_while_processors_write_and_queries_read_loses_nothing() throws Exception {
        ReadModelStoreBackend backend = ReadModelStoreBackend.open(file().toString());
        EmbeddedReadModelStore store = new EmbeddedReadModelStore(backend, EmbeddedReadModelStore.Opening.CREATED,
                null);
        long[] sizes = new long[2];
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicLong position = new AtomicLong();
        ReadModelFile.Compaction[] compaction = new ReadModelFile.Compaction[1];
        StoreClients.withDatabase(backend, database -> {
            twoGenerations(database, backend);
            sizes[0] = size();
            database.getCollection("views").drop();
            backend.commit();

            AtomicBoolean running = new AtomicBoolean(true);
            // a processor: its writes, then its position, then the commit before its token (decision 0022)
            CompletableFuture<Void> processor = CompletableFuture.runAsync(() -> {
                MongoCollection<Document> live = database.getCollection("live");
                MongoCollection<Document> cells = database.getCollection("cells");
                for (int round = 0; running.get() || round < 50; round++) {
                    live.insertOne(new Document("_id", "live-" + round).append("round", round)
                            .append("notes", "y".repeat(300)));
                    cells.replaceOne(eq("_id", "cell-" + round % 20), new Document("round", round),
                            new ReplaceOptions().upsert(true));
                    store.recordPosition("processor", 0, round);
                    store.commit();
                    acknowledged.set(round + 1);
                    position.set(round);
                }
            });
            // a dashboard reading the new generation through its index
            CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
                MongoCollection<Document> views = database.getCollection("views__g1");
                int reads = 0;
                for (; running.get() || reads < 5; reads++) {
                    assertThat(views.countDocuments(com.mongodb.client.model.Filters.gte("batch", 0)))
                            .isEqualTo(DOCUMENTS);
                    assertThat(views.find(eq("batch", reads % 20)).into(new ArrayList<>())).hasSize(1_000);
                }
                return reads;
            });
            try {
                compaction[0] = backend.compactFile(Duration.ofMinutes(2));
            } finally {
                running.set(false);
            }
            processor.join();
            assertThat(reader.join()).isGreaterThanOrEqualTo(5);
            sizes[1] = size();
        });
        assertThat(compaction[0].slices()).isPositive();
        System.out.printf("two generations %,d bytes; one, compacted while writes went on, %,d bytes (%s)%n",
                sizes[0], sizes[1], compaction[0]);
        backend.close();

        // How much space it gives back is the benchmark's measure (docs/benchmark.md), not this test's: at this size,
        // with a processor committing flat out meanwhile, the file may even end larger than it started (each commit
        // a chunk at its end), depending on how long the machine makes the compaction take.
        ReadModelStoreBackend reopened = ReadModelStoreBackend.open(file().toString());
        EmbeddedReadModelStore again = new EmbeddedReadModelStore(reopened, EmbeddedReadModelStore.Opening.OPENED,
                null);
        assertThat(again.position("processor", 0)).contains(position.get());
        StoreClients.withDatabase(reopened, database -> {
            assertThat(database.listCollectionNames()).doesNotContain("views");
            assertThat(database.getCollection("live").countDocuments()).isEqualTo(acknowledged.get());
            assertThat(database.getCollection("cells").countDocuments()).isEqualTo(20);
            assertGeneration(database.getCollection("views__g1"));
        });
        reopened.close();
    }

    @Test
    void a_process_killed_while_it_compacts_leaves_a_file_with_all_it_had_committed() throws Exception {
        Path progress = dir.resolve("progress");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-ea", "-Xmx256m", "-cp", System.getProperty("java.class.path"), CompactingProcess.class.getName(),
                file().toString(), progress.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            // killed once it has compacted for a while, with its processor writing
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> committedRounds(progress) >= 40 || !child.isAlive());
            assertThat(child.isAlive()).as("the child is still compacting; its log: %s", log()).isTrue();
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        int committed = committedRounds(progress);

        ReadModelStoreBackend reopened = ReadModelStoreBackend.open(file().toString());
        EmbeddedReadModelStore again = new EmbeddedReadModelStore(reopened, EmbeddedReadModelStore.Opening.OPENED,
                null);
        assertThat(again.position("processor", 0)).hasValueSatisfying(
                recorded -> assertThat(recorded).isGreaterThanOrEqualTo(committed - 1L));
        StoreClients.withDatabase(reopened, database -> {
            assertThat(database.getCollection("live").countDocuments()).isGreaterThanOrEqualTo(committed);
            assertGeneration(database.getCollection("views__g1"));
        });
        reopened.close();
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("child.log"));
    }

    private static int committedRounds(Path progress) throws IOException {
        if (!Files.exists(progress)) {
            return 0;
        }
        String text = Files.readString(progress).trim();
        return text.isEmpty() ? 0 : Integer.parseInt(text.lines().reduce((a, b) -> b).orElseThrow());
    }

    private long size() {
        try {
            return Files.size(file());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Generation 0, then generation 1 of the same documents, each written in batches committed one by one (as a
     * rebuild's flushes are), with an ordered index.
     */
    static void twoGenerations(MongoDatabase database, ReadModelStoreBackend backend) {
        for (String generation : List.of("views", "views__g1")) {
            MongoCollection<Document> views = database.getCollection(generation);
            views.createIndex(Indexes.ascending("batch", "_id"));
            for (int batch = 0; batch < DOCUMENTS / 1_000; batch++) {
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    documents.add(view(batch * 1_000 + i));
                }
                views.insertMany(documents);
                backend.commit();
            }
        }
    }

    private static Document view(int i) {
        return new Document("_id", "view-" + i).append("batch", i / 1_000).append("notes", ("x" + i).repeat(80));
    }

    static void assertGeneration(MongoCollection<Document> views) {
        assertThat(views.countDocuments()).isEqualTo(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i += 997) {
            assertThat(views.find(eq("_id", "view-" + i)).first()).isEqualTo(view(i));
        }
        assertThat(views.find(eq("batch", 7)).into(new ArrayList<>())).hasSize(1_000);
    }

    /**
     * The child process: two generations, the first dropped, then compactions one after another while a processor
     * writes, records its position and commits; after each commit it appends the round to the progress file.
     */
    static final class CompactingProcess {

        public static void main(String[] args) throws Exception {
            ReadModelStoreBackend backend = ReadModelStoreBackend.open(args[0]);
            EmbeddedReadModelStore store = new EmbeddedReadModelStore(backend,
                    EmbeddedReadModelStore.Opening.CREATED, null);
            Path progress = Path.of(args[1]);
            MongoServer server = new MongoServer(backend);
            var address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
                MongoDatabase database = client.getDatabase("logbook");
                twoGenerations(database, backend);
                database.getCollection("views").drop();
                backend.commit();
                Thread compactor = new Thread(() -> {
                    while (true) {
                        backend.compactFile(Duration.ofMinutes(1));
                    }
                });
                compactor.setDaemon(true);
                compactor.start();
                MongoCollection<Document> live = database.getCollection("live");
                for (int round = 0; ; round++) {
                    live.insertOne(new Document("_id", "live-" + round).append("notes", "y".repeat(300)));
                    store.recordPosition("processor", 0, round);
                    store.commit();
                    Files.writeString(progress, (round + 1) + "\n", java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    if (round % 2 == 0) {
                        // writes between the processor's commits, as the other collections get them
                        database.getCollection("views__g1").replaceOne(eq("_id", "view-0"), view(0));
                    }
                }
            }
        }
    }
}
