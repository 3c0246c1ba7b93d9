package qc.logbook.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
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
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A live projection's documents: those kept across processor batches (what a batch committed is read again without a
 * round trip, and nothing stale is read after a claim of the segment, a rollback, a reset, a write outside a batch or a
 * new generation), and those a batch reads for all its events at once.
 */
class LiveDocumentsTest {

    private static final String MODEL = "test-model";
    private static final String NOTES = "notes";

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    record Note(String id, long version, String text) {
    }

    /** An event of a note aggregate: its documents are keyed by the aggregate identifier. */
    record NoteWritten(String text) {
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
    void aLaterBatchReadsWhatEarlierBatchesCommittedWithoutAnyRoundTrip() {
        LiveDocuments live = new LiveDocuments(mongo, new ReadModelGenerations(mongo), MODEL);
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "first")));

        commands.clear();
        Note found = inBatch(() -> live.find(NOTES, "n-1", Note.class));

        assertThat(found).isEqualTo(new Note("n-1", 1, "first"));
        assertThat(commands).isEmpty();
        assertThat(live.committed().size()).isEqualTo(1);
    }

    @Test
    void claimingTheSegmentAgainForgetsWhatWasKeptSoAnotherNodesWritesAreRead() {
        ReadModelGenerations thisNode = new ReadModelGenerations(mongo);
        ReadModelGenerations otherNode = new ReadModelGenerations(mongo);
        LiveDocuments here = new LiveDocuments(mongo, thisNode, MODEL);
        LiveDocuments there = new LiveDocuments(mongo, otherNode, MODEL);
        inBatch(() -> here.save(NOTES, "n-1", new Note("n-1", 1, "first")));

        // the other node takes the segment over and writes; then this node claims it back
        otherNode.forgetCommitted(MODEL);
        inBatch(() -> there.save(NOTES, "n-1", new Note("n-1", 2, "changed elsewhere")));
        thisNode.forgetCommitted(MODEL);

        assertThat(inBatch(() -> here.find(NOTES, "n-1", Note.class)).text()).isEqualTo("changed elsewhere");
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
    void aResetOrAWriteOutsideABatchEmptiesTheCache() {
        LiveDocuments live = new LiveDocuments(mongo, new ReadModelGenerations(mongo), MODEL);
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "first")));

        live.removeAll(NOTES);
        assertThat(inBatch(() -> live.find(NOTES, "n-1", Note.class))).isNull();

        inBatch(() -> live.save(NOTES, "n-2", new Note("n-2", 1, "in a batch")));
        live.save(NOTES, "n-2", new Note("n-2", 2, "outside a batch"));
        assertThat(inBatch(() -> live.find(NOTES, "n-2", Note.class)).text()).isEqualTo("outside a batch");
    }

    @Test
    void aNewGenerationStartsFromAnEmptyCache() {
        ReadModelGenerations generations = new ReadModelGenerations(mongo);
        LiveDocuments live = new LiveDocuments(mongo, generations, MODEL);
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "generation 0")));

        generations.switchTo(MODEL, 1, 1);

        assertThat(inBatch(() -> live.find(NOTES, "n-1", Note.class))).isNull();
        assertThat(live.committed().size()).isZero();
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedDocumentsAndNothingOfABatchThatOutlivedAForget() {
        CommittedDocuments committed = new CommittedDocuments(2);
        committed.committed(committed.startBatch(0), Map.of(NOTES, new LinkedHashMap<>(Map.of("a", "A"))));
        var later = new LinkedHashMap<String, Object>();
        later.put("b", "B");
        later.put("c", "C");
        committed.committed(committed.startBatch(0), Map.of(NOTES, later));

        assertThat(committed.size()).isEqualTo(2);
        assertThat(committed.get(NOTES, "a")).isNull();
        assertThat(committed.get(NOTES, "c")).isEqualTo("C");

        long started = committed.startBatch(0);
        committed.forget(); // the segment was claimed while the batch ran
        committed.committed(started, Map.of(NOTES, new LinkedHashMap<>(Map.of("d", "D"))));
        assertThat(committed.size()).isZero();
    }

    @Test
    void aBatchReadsTheDocumentsOfAllItsAggregatesInOneQueryAndKnowsTheMissingOnes() throws Exception {
        LiveDocuments live = new LiveDocuments(mongo, new ReadModelGenerations(mongo), MODEL)
                .keyedByAggregate(NOTES, Set.of(NoteWritten.class));
        inBatch(() -> live.save(NOTES, "n-1", new Note("n-1", 1, "there")));
        List<EventMessage<?>> events = new ArrayList<>();
        for (String id : List.of("n-1", "n-2", "n-3")) {
            events.add(new GenericDomainEventMessage<>("Note", id, 0, new NoteWritten("text")));
        }
        events.add(new GenericDomainEventMessage<>("Other", "n-9", 0, "another event type"));
        List<String> found = new ArrayList<>();
        live.committed().forget(); // as after a claim: nothing kept from the first batch

        commands.clear();
        new BatchingUnitOfWork<>(events).executeWithResult(() -> {
            EventMessage<?> event = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
            if (event instanceof DomainEventMessage<?> domain && event.getPayload() instanceof NoteWritten) {
                Note note = live.find(NOTES, domain.getAggregateIdentifier(), Note.class);
                found.add(note == null ? "missing" : note.text());
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);

        assertThat(found).containsExactly("there", "missing", "missing");
        assertThat(commands).containsExactly("find " + NOTES);
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
