package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.logbook.support.Projections.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.client.RestClient;

/**
 * The service as a user runs it, on its embedded default stores: what was recorded before a restart is still there,
 * and still counted, after it.
 */
class EmbeddedStoresRestartIntegrationTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String PASSWORD_HASH = new BCryptPasswordEncoder().encode(PASSWORD);

    @TempDir
    Path dataDir;

    @Test
    void anInterventionSurvivesARestartOfTheEmbeddedStores() {
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","date":"2023-05-04","workerId":"worker-1","workerRole":"HOUSING_OFFICE_STAFF",
                 "region":"CHAUDIERE_APPALACHES","territory":"LA-NOUVELLE-BEAUCE","housingOrganisation":"Coop du Parc",
                 "tenure":"COOP","mode":"INDIVIDUAL","targetGroups":["SENIORS"],"durationMinutes":30,
                 "supportCategories":["HELPING_RELATIONSHIP"]}""".formatted(id);

        try (ConfigurableApplicationContext app = start()) {
            RestClient client = client(app);
            client.post().uri("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity();
            eventually().untilAsserted(() -> assertThat(breakdown(client)).contains("\"interventions\":1,"));
        }
        assertThat(Files.exists(dataDir.resolve("postgres"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("mongo.mv"))).isTrue();

        try (ConfigurableApplicationContext app = start()) {
            RestClient client = client(app);
            String view = client.get().uri("/api/v1/interventions/" + id).retrieve().body(String.class);
            assertThat(view).contains("\"territory\":\"LA-NOUVELLE-BEAUCE\"").contains("\"tenure\":\"COOP\"");
            assertThat(breakdown(client)).contains("\"interventions\":1,");
        }
    }

    private ConfigurableApplicationContext start() {
        return TwoAccountApp.start(dataDir, PASSWORD_HASH);
    }

    private static RestClient client(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("worker-1", PASSWORD))
                .build();
    }

    private static String breakdown(RestClient client) {
        return client.get().uri("/api/v1/stats/referrals?territory=LA-NOUVELLE-BEAUCE&from=2023-05-04&to=2023-05-04")
                .retrieve().body(String.class);
    }
}
