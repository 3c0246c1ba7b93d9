package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.TestUsers;
import qc.logbook.support.ToggleableProxy;

/**
 * The read-model store goes away while the service takes writes, and comes back: every write acknowledged meanwhile
 * reaches the read models, counted once, without a rebuild, and nothing stays parked in a dead-letter queue (a store
 * failure is retried in place, not dead-lettered). What is parked for other reasons is retried on a schedule.
 */
@SpringBootTest(properties = {"logbook.store.data-dir=target/test-stores/${random.uuid}",
        "logbook.dead-letters.retry-interval=2s"})
@AutoConfigureMockMvc
@Import(TestUsers.class)
class ReadModelStoreOutageIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ToggleableProxy proxy;
    private static MongoServer store;

    /** The read-model store behind a proxy the test can cut; the driver gives up on it quickly. */
    @DynamicPropertySource
    static void proxiedReadModelStore(DynamicPropertyRegistry properties) throws Exception {
        Path file = Files.createDirectories(Path.of("target", "test-stores"))
                .resolve("outage-" + UUID.randomUUID() + ".mv");
        store = new MongoServer(ReadModelStoreBackend.open(file.toString()));
        store.bind("127.0.0.1", 0);
        proxy = new ToggleableProxy(store.getLocalAddress());
        properties.add("spring.data.mongodb.uri", () -> "mongodb://127.0.0.1:" + proxy.port()
                + "/logbook?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=5000");
    }

    @AfterAll
    static void stopStore() {
        proxy.close();
        store.shutdownNow();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore events;

    @Test
    void everyWriteAcknowledgedDuringAnOutageReachesTheReadModels() throws Exception {
        // Nothing may be parked at any time: a store failure is retried in place (the scheduled retry of parked
        // letters would otherwise hide that they had been parked).
        AtomicLong mostParked = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> mostParked.accumulateAndGet(
                jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry", Long.class), Math::max),
                0, 100, TimeUnit.MILLISECONDS);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                UUID id = UUID.randomUUID();
                try {
                    int status = mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                            .content(InterventionBodies.json(InterventionBodies.individual(id))))
                            .andReturn().getResponse().getStatus();
                    if (status == 201) {
                        acknowledged.add(id.toString());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 20);

        proxy.cut();
        int beforeOutage = acknowledged.size();
        StreamingEventProcessor details = processing.eventProcessor("intervention-details",
                StreamingEventProcessor.class).orElseThrow();
        // The processors have met the outage (a failed batch releases its segment) and writes went on meanwhile.
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= beforeOutage + 20
                && details.processingStatus().values().stream().allMatch(status -> status.isErrorState())
                || details.processingStatus().isEmpty() && acknowledged.size() >= beforeOutage + 20);

        proxy.restore();
        await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.size() >= beforeOutage + 30);
        writing.set(false);
        writer.join();

        await("every acknowledged intervention in both read models").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
                    for (String id : acknowledged) {
                        assertThat(mvc.perform(get("/api/v1/interventions/" + id)).andReturn().getResponse()
                                .getStatus()).as(id).isEqualTo(200);
                    }
                    assertThat(countedInLevis()).isEqualTo(acknowledged.size());
                });
        sampler.shutdownNow();
        assertThat(mostParked).hasValue(0);
    }

    @Test
    void aParkedEventIsRetriedOnSchedule() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(InterventionBodies.json(InterventionBodies.individual(id))));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                mvc.perform(get("/api/v1/interventions/" + id)).andReturn().getResponse().getStatus()).isEqualTo(200));
        // Parked as an event failing on its content would be (the projection is idempotent: handling it again is
        // harmless); the schedule (every 2 s here) retries it without anyone asking.
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue("referral-breakdown")
                .orElseThrow();
        queue.enqueue(id.toString(), new GenericDeadLetter<>(id.toString(), events.readEvents(id.toString()).next(),
                new IllegalStateException("test: failed on its content")));
        assertThat(queue.contains(id.toString())).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> !queue.contains(id.toString()));
    }

    private long countedInLevis() throws Exception {
        String body = mvc.perform(get("/api/v1/stats/referrals?territory=LEVIS")).andReturn().getResponse()
                .getContentAsString();
        return JSON.readTree(body).get("interventions").asLong();
    }
}
