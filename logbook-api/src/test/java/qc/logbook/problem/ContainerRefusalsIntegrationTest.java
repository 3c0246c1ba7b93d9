package qc.logbook.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.logbook.support.ContainerStores;

/**
 * Refusals made outside the API's controllers — by Tomcat itself, by Spring Security's firewall, by Spring MVC before
 * any handler — seen as a client sees them, over a real socket (MockMvc does not go through Tomcat). Every one is the
 * house's problem document, French first, with both titles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logbook.store.data-dir=target/test-stores/${random.uuid}")
@Import(ContainerStores.class)
class ContainerRefusalsIntegrationTest {

    private static final String PASSWORD = "refusals-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void user(DynamicPropertyRegistry registry) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("logbook.security.users[0].username", () -> "refusals-admin");
        registry.add("logbook.security.users[0].password-hash", () -> hash);
        registry.add("logbook.security.users[0].roles", () -> "ADMIN,WORKER,COORDINATOR,EVALUATOR");
        registry.add("logbook.security.users[0].territories", () -> "*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/interventions/%00",          // Tomcat: NUL in the path
            "/api/v1/interventions/a%2Fb",        // Tomcat: encoded slash
            "/api/v1/%2e%2e/admin/users",         // firewall: encoded dot segment
            "/api/v1//interventions",             // firewall: empty segment
            "/api/v1/interventions;x=1",          // firewall: path parameter
            "/api/v1/interventions/%25",          // firewall: encoded percent
            "/api/v1/interventions/%5C",          // firewall: encoded backslash
            "/api/v1/interventions/\u00e9"})      // raw non-ASCII byte in the request line
    void aRefusedPathIsAProblemDocument(String path) throws IOException {
        Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isBetween(400, 499);
        assertProblem(answer, null);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET, /api/v1/no-such-thing, 404",
            "GET, /error, 404",
            "DELETE, /api/v1/interventions, 405",
            "PATCH, /api/v1/reference, 405"})
    void aFrameworkRefusalIsAProblemDocumentInFrench(String method, String path, int status) throws IOException {
        Answer answer = send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(status);
        assertProblem(answer, "fr");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*/*", "multipart/form-data", "multipart/form-data; boundary=xyz", "text/plain",
            "application/x-www-form-urlencoded"})
    void aBodyOfAnotherTypeIsUnsupported(String contentType) throws IOException {
        String body = "{\"id\":\"7b3f1f0e-8a56-4f2e-9b7e-1d2c3b4a5f60\"}";
        Answer answer = send("POST /api/v1/interventions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer.status()).isEqualTo(415);
        assertProblem(answer, "fr");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/xml", "text/csv", "image/png"})
    void aResponseFormatThatIsNotAvailableIsNotAcceptable(String accept) throws IOException {
        Answer answer = send("GET /api/v1/reference HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("title_fr").asText()).isEqualTo("Format de réponse non disponible");
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource({"en-CA, Resource not found", "fr-CA, Ressource introuvable", "de, Ressource introuvable"})
    void theTitleFollowsTheReadersLanguage(String language, String title) throws IOException {
        Answer answer = send("GET /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                + "\r\nAccept-Language: " + language + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(JSON.readTree(answer.body()).path("title").asText()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {20_000, 1_000_000})
    void aHeaderTooLargeIsAProblemDocument(int size) throws IOException {
        Answer answer = send("GET /api/v1/reference HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(size)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isBetween(400, 499);
        assertProblem(answer, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/audit/events?from=%00", "/api/v1/exports/events?from=%2B999999999-12-31T23:59:59Z",
            "/api/v1/exports/events?to=-999999999-01-01T00:00:00Z", "/api/v1/audit/events?userId=%ED%A0%80",
            "/api/v1/exports/events?eventType=%FF"})
    void aBadQueryParameterIsRefusedBeforeAnyExportStarts(String target) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertProblem(answer, "fr");
        assertThat(JSON.readTree(answer.body()).path("errors").path(0).path("field").asText()).isNotBlank();
    }

    private static void assertProblem(Answer answer, String language) throws IOException {
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("title_fr").asText()).as(answer.toString()).isNotBlank();
        assertThat(problem.path("title_en").asText()).as(answer.toString()).isNotBlank();
        assertThat(problem.path("type").asText()).as(answer.toString()).isNotEqualTo("about:blank");
        if ("fr".equals(language)) {
            assertThat(problem.path("title").asText()).isEqualTo(problem.path("title_fr").asText());
        }
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("refusals-admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** One request over a fresh connection, exactly as written (a client library would normalise the path). */
    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException closedWhileWriting) {
                // Tomcat answers a request it refuses (a header too large) before the client has finished writing
                // it, and closes: the rest of the write breaks, the answer is already waiting to be read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            // bytes as Latin-1 while parsing, so that chunk lengths (in bytes) match string lengths
            return Answer.parse(bytes.toString(StandardCharsets.ISO_8859_1));
        }
    }

    record Answer(int status, String headers, String body) {

        static Answer parse(String raw) {
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(statusLine[1]), head,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int end = chunked.indexOf("\r\n", at);
                int length = Integer.parseInt(chunked.substring(at, end).trim(), 16);
                if (length == 0) {
                    break;
                }
                body.append(chunked, end + 2, end + 2 + length);
                at = end + 2 + length + 2;
            }
            return body.toString();
        }
    }
}
