package qc.logbook.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The live documents kept across processor batches: what a batch committed is read again without a round trip, and
 * nothing stale is ever read — after another writer (another node), a rollback, a reset, or a write outside a batch.
 */
class CommittedDocumentsTest {

    private static final String MODEL = "test-model";
    private static final String NOTES = "notes";

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    record Note(String id, long version, String text) {
    }

    @BeforeEach
    void startStore() {
        server = new MongoServer(H2Backend.inMemory());
        var address = server.bind();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                String collection = String.valueOf(event.getCommand().get(event.getCommandName()));
                commands.add(event.getCommandName() + " " + collection.replace("BsonString{value='", "")
                        .replace("'}", ""));
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + address.getPort()))
                .addCommandListener(listener).build());
        mongo = new MongoTemplate(client, "logbook");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aLaterBatchReadsWhatEarlierBatchesCommittedWithoutReadingTheDocumentsAgain() {
        LiveDocuments live = new LiveDocuments(mongo, new ReadModelGenerations(mongo), MODEL);
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "first")));

        commands.clear();
        Note found = inBatch(() -> live.find(NOTES, "n-1", Note.class));

        assertThat(found).isEqualTo(new Note("n-1", 1, "first"));
        assertThat(commands).as("only the writer stamp is read").containsExactly("find " + CommittedDocuments.COLLECTION);
        assertThat(live.committed().size()).isEqualTo(1);
    }

    @Test
    void anotherWriterInBetweenEmptiesTheCacheSoItsWritesAreRead() {
        ReadModelGenerations generations = new ReadModelGenerations(mongo);
        LiveDocuments thisNode = new LiveDocuments(mongo, generations, MODEL);
        LiveDocuments otherNode = new LiveDocuments(mongo, generations, MODEL);
        inBatch(() -> thisNode.save(NOTES, "n-1", new Note("n-1", 1, "first")));
        inBatch(() -> thisNode.find(NOTES, "n-1", Note.class));

        inBatch(() -> otherNode.save(NOTES, "n-1", new Note("n-1", 2, "changed elsewhere")));

        assertThat(inBatch(() -> thisNode.find(NOTES, "n-1", Note.class)).text()).isEqualTo("changed elsewhere");
    }

    @Test
    void aBatchThatRollsBackLeavesNothingOfItsChangesInTheCache() {
        LiveDocuments live = new LiveDocuments(mongo, new ReadModelGenerations(mongo), MODEL);
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "first")));

        UnitOfWork<?> failing = DefaultUnitOfWork.startAndGet(null);
        live.save(NOTES, "n-1", new Note("n-1", 2, "never committed"));
        failing.onPrepareCommit(u -> {
            throw new IllegalStateException("the store could not commit");
        });
        assertThatThrownBy(failing::commit).isInstanceOf(IllegalStateException.class);

        assertThat(live.committed().size()).isZero();
        // what the store holds after the failed commit is what the next batch reads
        mongo.getCollection(NOTES).replaceOne(new Document("_id", "n-1"),
                new Document("_id", "n-1").append("version", 1L).append("text", "as the store kept it"));
        assertThat(inBatch(() -> live.find(NOTES, "n-1", Note.class)).text()).isEqualTo("as the store kept it");
    }

    @Test
    void aResetOrAWriteOutsideABatchIsSeenByEveryCache() {
        ReadModelGenerations generations = new ReadModelGenerations(mongo);
        LiveDocuments thisNode = new LiveDocuments(mongo, generations, MODEL);
        LiveDocuments otherNode = new LiveDocuments(mongo, generations, MODEL);
        inBatch(() -> thisNode.save(NOTES, "n-1", new Note("n-1", 1, "first")));
        inBatch(() -> otherNode.save(NOTES, "n-2", new Note("n-2", 1, "other")));
        inBatch(() -> otherNode.find(NOTES, "n-2", Note.class));

        thisNode.removeAll(NOTES);
        assertThat(inBatch(() -> thisNode.find(NOTES, "n-1", Note.class))).isNull();
        assertThat(inBatch(() -> otherNode.find(NOTES, "n-2", Note.class))).isNull();

        otherNode.save(NOTES, "n-3", new Note("n-3", 1, "outside a batch"));
        inBatch(() -> thisNode.save(NOTES, "n-3", new Note("n-3", 2, "in a batch")));
        otherNode.save(NOTES, "n-3", new Note("n-3", 3, "outside again"));
        assertThat(inBatch(() -> thisNode.find(NOTES, "n-3", Note.class)).text()).isEqualTo("outside again");
    }

    @Test
    void aNewGenerationStartsFromAnEmptyCache() {
        ReadModelGenerations generations = new ReadModelGenerations(mongo);
        LiveDocuments live = new LiveDocuments(mongo, generations, MODEL);
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "generation 0")));
        inBatch(() -> live.find(NOTES, "n-1", Note.class));

        generations.switchTo(MODEL, 1, 1);

        assertThat(inBatch(() -> live.find(NOTES, "n-1", Note.class))).isNull();
        assertThat(live.committed().size()).isZero();
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedDocumentsOnly() {
        CommittedDocuments committed = new CommittedDocuments(mongo, MODEL, 2);
        committed.startBatch(0);
        committed.stampWrites();
        committed.committed(Map.of(NOTES, new LinkedHashMap<>(Map.of("a", "A"))));
        committed.startBatch(0);
        committed.stampWrites();
        var later = new LinkedHashMap<String, Object>();
        later.put("b", "B");
        later.put("c", "C");
        committed.committed(Map.of(NOTES, later));

        assertThat(committed.size()).isEqualTo(2);
        assertThat(committed.get(NOTES, "a")).isNull();
        assertThat(committed.get(NOTES, "c")).isEqualTo("C");
    }

    private <T> T inBatch(Supplier<T> work) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
        return result;
    }

    private void inBatch(Runnable work) {
        inBatch(() -> {
            work.run();
            return null;
        });
    }

}
