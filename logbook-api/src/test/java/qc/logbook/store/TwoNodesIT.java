package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import qc.logbook.support.LogbookProcess;

/**
 * Two nodes of the packaged application on one PostgreSQL and one read-model store, as infra/README.md runs them:
 * writes split across both are counted once on both; the processing groups spread over both nodes; when one node is
 * killed (SIGKILL), the other takes every claim over and catches up with every acknowledged write, counted once.
 * <p>
 * The shared stores run in this test JVM, on the loopback interface only: a PostgreSQL (zonky) and the embedded
 * read-model store's MongoDB-wire server.
 */
class TwoNodesIT {

    private static final List<String> GROUPS = List.of("intervention-details", "referral-breakdown", "ele-funding",
            "practice-search", "practice-details", "practice-uses", "privacy-keys");

    @TempDir
    Path work;

    private EmbeddedPostgres postgres;
    private MongoServer readModels;
    private JdbcTemplate jdbc;
    private Map<String, String> sharedStores;
    private String masterKey;

    @BeforeEach
    void startSharedStores() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on").start();
        readModels = new MongoServer(ReadModelStoreBackend.open(work.resolve("mongo.mv").toString()));
        readModels.bind("127.0.0.1", 0);
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        sharedStores = Map.of(
                "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_DATA_MONGODB_URI", "mongodb://127.0.0.1:" + readModels.getLocalAddress().getPort() + "/logbook");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // Every node must seal and unseal personal data with the same key.
        masterKey = Base64.getEncoder().encodeToString(key);
    }

    @AfterEach
    void stopSharedStores() throws Exception {
        readModels.shutdownNow();
        postgres.close();
    }

    @Test
    void theGroupsSpreadAndTheSurvivorTakesOverTheKilledNodesClaimsAndCatchesUp() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        try (LogbookProcess first = node("node-1"); LogbookProcess second = node("node-2")) {
            for (int i = 0; i < 10; i++) {
                record(first, acknowledged, sent);
                record(second, acknowledged, sent);
            }
            for (LogbookProcess node : List.of(first, second)) {
                await(node.name() + " counts every write once").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .untilAsserted(() -> assertCountedOnce(node, acknowledged, sent));
            }

            // The groups spread over both nodes: each handles its fair share, half of them rounded up or down.
            await("the groups spread over both nodes").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        long firstOwns = GROUPS.stream().filter(group -> first.owns(owner(group))).count();
                        long secondOwns = GROUPS.stream().filter(group -> second.owns(owner(group))).count();
                        assertThat(firstOwns + secondOwns).isEqualTo(GROUPS.size());
                        assertThat(Math.abs(firstOwns - secondOwns)).isLessThanOrEqualTo(1);
                    });
            LogbookProcess holder = first.owns(owner("intervention-details")) ? first : second;
            LogbookProcess survivor = holder == first ? second : first;

            // Writes go on to both while the holder is killed.
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> toHolder = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    try {
                        record(holder, acknowledged, sent);
                    } catch (Exception connectionLost) {
                        return;
                    }
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 40);
            holder.kill();
            writing.set(false);
            toHolder.join();
            for (int i = 0; i < 10; i++) {
                record(survivor, acknowledged, sent);
            }

            await("the survivor to take every claim over").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(GROUPS)
                            .allSatisfy(group -> assertThat(survivor.owns(owner(group))).as(group).isTrue()));
            await(survivor.name() + " catches up, counting every write once").atMost(Duration.ofSeconds(60))
                    .ignoreExceptions().untilAsserted(() -> assertCountedOnce(survivor, acknowledged, sent));
        }
    }

    private LogbookProcess node(String name) {
        return LogbookProcess.start(name, work.resolve(name), sharedStores, "--logbook.privacy.master-key=" + masterKey);
    }

    private static void record(LogbookProcess node, Set<String> acknowledged, Set<String> sent) throws Exception {
        UUID id = UUID.randomUUID();
        sent.add(id.toString());
        if (node.recordIntervention(id)) {
            acknowledged.add(id.toString());
        }
    }

    /** Every acknowledged write listed once, nothing that was never sent, and the statistics agree. */
    private static void assertCountedOnce(LogbookProcess node, Set<String> acknowledged, Set<String> sent)
            throws Exception {
        List<String> listed = node.listedInterventionIds();
        assertThat(listed).containsAll(acknowledged).doesNotHaveDuplicates();
        assertThat(sent).containsAll(listed);
        assertThat(node.countedInterventions()).isEqualTo(listed.size());
    }

    private String owner(String group) {
        return jdbc.queryForObject("SELECT owner FROM token_entry WHERE processor_name = ? AND segment = 0",
                String.class, group);
    }
}
