package qc.logbook.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The packaged application ({@code target/logbook-api.jar}) run as a child process, the way an operator runs it, for
 * tests that kill it: its output goes to a file under {@code target/}, its port is read from that output, and it is
 * driven over HTTP with Basic authentication as one user who may do everything. Only tests run by the failsafe
 * plugin (after {@code package}) can use it.
 */
public final class LogbookProcess implements AutoCloseable {

    public static final String USER = "ops-test";
    private static final String PASSWORD = "ops test password";
    // Cost 4: every request is authenticated, and these tests measure failover, not bcrypt.
    private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private volatile int port;

    private LogbookProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the packaged application and waits until it serves HTTP.
     *
     * @param name        names the log file ({@code target/logbook-process/<name>.log})
     * @param environment extra environment, e.g. {@code SPRING_DATASOURCE_URL} for external stores
     * @param arguments   extra command-line properties
     */
    public static LogbookProcess start(String name, Path dataDir, Map<String, String> environment,
                                       String... arguments) {
        Path jar = Path.of(System.getProperty("logbook.jar", "target/logbook-api.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: this test runs in `./mvnw verify`, after package");
        }
        try {
            Path logDir = Files.createDirectories(Path.of("target", "logbook-process"));
            Path log = logDir.resolve(name + ".log");
            Files.deleteIfExists(log);
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                    "-jar", jar.toString(),
                    "--server.port=0",
                    "--logbook.store.data-dir=" + dataDir.toAbsolutePath(),
                    "--logbook.security.users[0].username=" + USER,
                    "--logbook.security.users[0].password-hash=" + PASSWORD_HASH,
                    "--logbook.security.users[0].roles=WORKER,COORDINATOR,EVALUATOR,ADMIN",
                    "--logbook.security.users[0].territories=*"));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            LogbookProcess started = new LogbookProcess(name, builder.start(), log);
            started.awaitStarted();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitStarted() {
        await(name + " started").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it started"
                        + "; see " + log);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher port = PORT.matcher(output);
            if (port.find() && output.contains("Started LogbookApplication")) {
                this.port = Integer.parseInt(port.group(1));
                return true;
            }
            return false;
        });
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The node name Axon writes in {@code token_entry.owner}: {@code <pid>@<host>}. */
    public boolean owns(String owner) {
        return owner != null && owner.startsWith(process.pid() + "@");
    }

    /** POSTs a JSON body; the response, or an exception when the process is gone. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** Records an intervention; whether the service acknowledged it (201). */
    public boolean recordIntervention(UUID id) throws IOException, InterruptedException {
        return post("/api/v1/interventions", InterventionBodies.json(InterventionBodies.individual(id)))
                .statusCode() == 201;
    }

    /** Every intervention id the read model lists, as many times as it lists it. */
    public List<String> listedInterventionIds() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode result = getJson("/api/v1/interventions?size=200&page=" + page);
            result.get("items").forEach(item -> ids.add(item.get("id").asText()));
            if (page + 1 >= result.get("totalPages").asLong()) {
                return ids;
            }
        }
    }

    /** The number of interventions the statistics count in Lévis (where InterventionBodies records them). */
    public long countedInterventions() throws IOException, InterruptedException {
        return getJson("/api/v1/stats/referrals?territory=LEVIS").get("interventions").asLong();
    }

    /** SIGKILL, as the OOM killer or a power cut would end it: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization);
    }
}
