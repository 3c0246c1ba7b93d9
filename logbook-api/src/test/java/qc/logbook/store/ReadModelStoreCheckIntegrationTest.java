package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.client.RestClient;

/**
 * The service on its embedded default stores, started again after its read-model store was lost, rolled back or
 * spoilt: the store is checked against the processors' tokens before they start, the damaged read models are rebuilt
 * from the events in the background, the {@code readModels} health component says so, and the read models come back
 * with the content they had (content hashes, and the breakdown's figures). A normal restart rebuilds nothing.
 */
class ReadModelStoreCheckIntegrationTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String PASSWORD_HASH = new BCryptPasswordEncoder().encode(PASSWORD);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INTERVENTION_READ_MODELS = List.of("intervention-details", "referral-breakdown");

    @TempDir
    Path dataDir;

    @Test
    void aNormalRestartRebuildsNothing_andAStoreRolledBackBehindItsTokensIsRebuilt() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            record(app, 3);
        }
        Path older = Files.copy(store(), dataDir.resolve("older-copy.mv"));

        Map<String, String> contents;
        String figures;
        try (ConfigurableApplicationContext app = start()) {
            JsonNode health = readModelsHealth(app);
            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.path("details").path("storeChecked").asBoolean()).isTrue();
            assertThat(health.path("details").path("storeFile").asText()).isEqualTo("OPENED");
            assertThat(health.path("details").path("state").asText()).isEqualTo("CURRENT");
            assertThat(health.path("details").has("damaged")).isFalse();
            assertThat(read(app, "/api/v1/admin/rebuilds")).as("rebuilds after a normal restart").isEmpty();
            assertThat(breakdown(app)).contains("\"interventions\":3,");

            record(app, 2);
            contents = contentHashes(app);
            figures = breakdown(app);
        }
        // as after a machine crash that lost the store's last writes while PostgreSQL kept the tokens
        Files.copy(older, store(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        try (ConfigurableApplicationContext app = start()) {
            JsonNode details = awaitRebuilt(app);
            for (String readModel : INTERVENTION_READ_MODELS) {
                assertThat(details.path("damaged").path(readModel).asText()).as(readModel).isEqualTo("behind-tokens");
            }
            details.path("damaged").forEach(reason -> assertThat(reason.asText()).isEqualTo("behind-tokens"));
            assertThat(contentHashes(app)).isEqualTo(contents);
            assertThat(breakdown(app)).isEqualTo(figures).contains("\"interventions\":5,");
        }
    }

    @Test
    void aStoreFileRemovedBetweenTwoStartsIsRebuiltFromTheEvents() throws Exception {
        Map<String, String> contents;
        String figures;
        try (ConfigurableApplicationContext app = start()) {
            record(app, 3);
            contents = contentHashes(app);
            figures = breakdown(app);
        }
        Files.delete(store());

        try (ConfigurableApplicationContext app = start()) {
            JsonNode details = awaitRebuilt(app);
            assertThat(details.path("storeFile").asText()).isEqualTo("CREATED");
            for (String readModel : INTERVENTION_READ_MODELS) {
                assertThat(details.path("damaged").path(readModel).asText()).as(readModel).isEqualTo("store-missing");
            }
            assertThat(contentHashes(app)).isEqualTo(contents);
            assertThat(breakdown(app)).isEqualTo(figures);
        }
    }

    @Test
    void anUnreadableStoreFileIsMovedAsideAndTheReadModelsRebuilt() throws Exception {
        Map<String, String> contents;
        try (ConfigurableApplicationContext app = start()) {
            record(app, 2);
            contents = contentHashes(app);
        }
        byte[] garbage = new byte[50_000];
        new Random(16).nextBytes(garbage);
        Files.write(store(), garbage);

        try (ConfigurableApplicationContext app = start()) {
            JsonNode details = awaitRebuilt(app);
            assertThat(details.path("storeFile").asText()).isEqualTo("REPLACED");
            String aside = details.path("movedAside").asText();
            assertThat(aside).startsWith("mongo.mv.unreadable-");
            assertThat(Files.readAllBytes(dataDir.resolve(aside))).as("the unreadable file, kept").isEqualTo(garbage);
            for (String readModel : INTERVENTION_READ_MODELS) {
                assertThat(details.path("damaged").path(readModel).asText()).as(readModel)
                        .isEqualTo("store-unreadable");
            }
            assertThat(contentHashes(app)).isEqualTo(contents);
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("mongo.mv");
        }
    }

    @Test
    void aRepairThatDidNotSwitchIsRunAgain_andOnceSwitchedIsNotRunAgain() throws Exception {
        long generation;
        try (ConfigurableApplicationContext app = start()) {
            record(app, 2);
            generation = activeGeneration(app, "referral-breakdown");
        }
        // as a start that found the breakdown damaged and was stopped before its rebuild switched
        try (MVStore file = MVStore.open(store().toString())) {
            new EmbeddedReadModelStore(file, EmbeddedReadModelStore.Opening.OPENED, null)
                    .markRepair("referral-breakdown", generation);
        }

        try (ConfigurableApplicationContext app = start()) {
            JsonNode details = awaitRebuilt(app);
            assertThat(details.path("damaged").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("referral-breakdown");
            assertThat(details.path("damaged").path("referral-breakdown").asText()).isEqualTo("rebuild-interrupted");
            assertThat(activeGeneration(app, "referral-breakdown")).isGreaterThan(generation);
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(readModelsHealth(app).path("details").path("state").asText()).isEqualTo("CURRENT");
            assertThat(read(app, "/api/v1/admin/rebuilds")).isEmpty();
        }
    }

    private static long activeGeneration(ConfigurableApplicationContext app, String readModel) throws Exception {
        for (JsonNode model : read(app, "/api/v1/admin/read-models")) {
            if (model.path("name").asText().equals(readModel)) {
                return model.path("activeGeneration").asLong();
            }
        }
        throw new IllegalStateException("no read model " + readModel);
    }

    private Path store() {
        return dataDir.resolve("mongo.mv");
    }

    /** Records interventions and waits until both read models of interventions show them. */
    private static void record(ConfigurableApplicationContext app, int count) {
        int before = count(breakdown(app));
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String body = """
                    {"id":"%s","date":"2023-05-04","workerId":"worker-1","workerRole":"HOUSING_OFFICE_STAFF",
                     "region":"CHAUDIERE_APPALACHES","territory":"LA-NOUVELLE-BEAUCE",
                     "housingOrganisation":"Coop du Parc","tenure":"COOP","mode":"INDIVIDUAL",
                     "targetGroups":["SENIORS"],"durationMinutes":%d,
                     "supportCategories":["HELPING_RELATIONSHIP"]}""".formatted(id, 20 + i);
            client(app, "worker-1").post().uri("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                    .body(body).retrieve().toBodilessEntity();
        }
        eventually().untilAsserted(() -> assertThat(count(breakdown(app))).isEqualTo(before + count));
        for (UUID id : ids) {
            eventually().untilAsserted(() -> assertThat(client(app, "worker-1").get()
                    .uri("/api/v1/interventions/" + id).retrieve().body(String.class)).contains(id.toString()));
        }
    }

    private static int count(String breakdown) {
        try {
            return JSON.readTree(breakdown).path("interventions").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode awaitRebuilt(ConfigurableApplicationContext app) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .untilAsserted(() -> assertThat(readModelsHealth(app).path("details").path("state").asText())
                        .isEqualTo("REBUILT"));
        JsonNode health = readModelsHealth(app);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("storeChecked").asBoolean()).isTrue();
        assertThat(health.path("details").path("rebuild").asText()).isNotBlank();
        return health.path("details");
    }

    private static JsonNode readModelsHealth(ConfigurableApplicationContext app) throws Exception {
        String body = client(app, "admin-1").get().uri("/actuator/health").exchange((request, response) ->
                new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        return JSON.readTree(body).path("components").path("readModels");
    }

    /** Every collection of every read model: its documents and their hash (not its physical name). */
    private static Map<String, String> contentHashes(ConfigurableApplicationContext app) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        for (JsonNode model : read(app, "/api/v1/admin/read-models")) {
            String name = model.get("name").asText();
            JsonNode hash = read(app, "/api/v1/admin/read-models/" + name + "/content-hash");
            hash.get("collections").fields().forEachRemaining(collection -> hashes.put(name + "/"
                    + collection.getKey(), collection.getValue().get("documents").asLong() + " "
                    + collection.getValue().get("sha256").asText()));
        }
        assertThat(hashes).isNotEmpty();
        return hashes;
    }

    private static JsonNode read(ConfigurableApplicationContext app, String uri) throws Exception {
        return JSON.readTree(client(app, "admin-1").get().uri(uri).retrieve().body(String.class));
    }

    private static String breakdown(ConfigurableApplicationContext app) {
        return client(app, "worker-1").get()
                .uri("/api/v1/stats/referrals?territory=LA-NOUVELLE-BEAUCE&from=2023-05-04&to=2023-05-04")
                .retrieve().body(String.class);
    }

    private ConfigurableApplicationContext start() {
        return TwoAccountApp.start(dataDir, PASSWORD_HASH);
    }

    private static RestClient client(ConfigurableApplicationContext app, String user) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, PASSWORD))
                .build();
    }
}
