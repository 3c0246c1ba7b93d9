package qc.logbook.benchmark;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.servlet.ServletManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * The start-up phase of the benchmark ({@code -Dbenchmark.phase=startup}, docs/benchmark.md "Start-up"): how long
 * the embedded default takes from the moment its process is started to its first {@code 200 UP} on
 * {@code /actuator/health}, on a fresh data directory and on restarts of the same directory.
 *
 * <p>Each start is a process of its own, started from the repository's root exactly as the README's run command
 * starts it (its output to a file under {@code target/benchmark-startup/}), with {@code LOGBOOK_DATA_DIR} and
 * {@code PORT} set, and stopped as an operator stops it (SIGTERM: a clean shutdown that stops the embedded
 * PostgreSQL) before the next one. Measured in the same run, interleaved round by round so that the load of a
 * shared machine falls on every line alike:
 * <ul>
 *   <li>the README's command (the extracted jar with its class-data-sharing archive, both built by {@code package});
 *   <li>the same application as a plain {@code java -jar} of the packaged jar, without the archive: what the
 *       archive saves;
 *   <li><em>baseline</em>: the floor of any Spring Boot web service with a health endpoint on this machine — a
 *       minimal application ({@link MinimalWebApp}: Tomcat, Spring MVC, Jackson and Actuator's health endpoint,
 *       nothing else) started the same way from the same JDK, from the build's class path (plain jars, as the
 *       extracted layout), without an archive;
 *   <li>and the JVM's own floor: a class that prints one line and exits.
 * </ul>
 * Besides the wall-clock time, the CPU time the JVM had used when it answered (all its threads, read from the
 * operating system): less sensitive than the wall clock to other processes sharing the cores. PostgreSQL's own
 * processes are not included (they are not children of the JVM).
 *
 * <p>Settings: {@code benchmark.restarts} (restarts of each, default 5), {@code benchmark.root} (the repository's
 * root, default the parent of the working directory), {@code benchmark.output}, {@code benchmark.data-dir},
 * {@code benchmark.keep-stores}.
 */
final class StartupBenchmark {

    /** The goal, on a restart. */
    static final Duration GOAL = Duration.ofSeconds(5);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final int restarts = Integer.getInteger("benchmark.restarts", 5);
    private final Path root = Path.of(System.getProperty("benchmark.root",
            Path.of("").toAbsolutePath().getParent().toString())).toAbsolutePath();
    private final Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark")).toAbsolutePath();
    private final Path stores = Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-stores"))
            .toAbsolutePath().resolve("startup-" + System.currentTimeMillis());
    private final boolean keepStores = Boolean.getBoolean("benchmark.keep-stores");
    private final Path logs = Path.of("target", "benchmark-startup").toAbsolutePath();
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** One way of starting something: its command line, and whether it is the logbook (with a data directory). */
    private record Subject(String name, List<String> command, boolean logbook) {
    }

    /** One start: wall-clock and JVM CPU milliseconds from the process's start to its first 200 UP. */
    record Start(String subject, String kind, int round, long millis, long cpuMillis) {
    }

    public static void main(String[] args) throws Exception {
        new StartupBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        String classpath = System.getProperty("java.class.path");
        // The README's run command, after its `package`: keep the two in step (README.md, "Run it").
        // target/app/java-options maps the archive the build trained: a CDS archive on Java 17 to 24, the JDK's
        // ahead-of-time cache on Java 25 and later (logbook-api/pom.xml, profile aot-cache).
        Subject readme = new Subject("README command (extracted jar + " + archiveKind() + ")", List.of(java,
                "@logbook-api/target/app/java-options",
                "-jar", "logbook-api/target/app/logbook-api.jar"), true);
        Subject plainJar = new Subject("java -jar logbook-api.jar (packaged jar, no archive)", List.of(java,
                "-jar", "logbook-api/target/logbook-api.jar"), true);
        Subject baseline = new Subject("baseline: minimal Spring Boot web app + health", List.of(java,
                "-cp", classpath, MinimalWebApp.class.getName()), false);
        Subject jvm = new Subject("JVM floor: print one line and exit", List.of(java,
                "-cp", classpath, JvmFloor.class.getName()), false);
        for (String file : List.of("logbook-api/target/app/logbook-api.jar", "logbook-api/target/app/java-options",
                "logbook-api/target/app/" + (AOT_CACHE ? "logbook-api.aot" : "logbook-api.jsa"),
                "logbook-api/target/logbook-api.jar")) {
            if (!Files.isRegularFile(root.resolve(file))) {
                throw new IllegalStateException(root.resolve(file) + " is missing: the benchmark runs after package");
            }
        }
        Files.createDirectories(logs);
        List<Subject> subjects = List.of(readme, plainJar, baseline, jvm);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", Instant.now());
        results.put("machine", machine());
        results.put("phase", "startup");
        results.put("settings", Map.of("restarts", restarts));
        Map<String, Object> commands = new LinkedHashMap<>();
        subjects.forEach(s -> commands.put(s.name(), String.join(" ", s.command())
                .replace(classpath, "<the build's test class path>")));
        results.put("commands", commands);
        List<Start> starts = new ArrayList<>();
        try {
            // Round 0 starts every logbook on an empty data directory; rounds 1..N restart them on the same one.
            // The order within a round turns, so that no subject always follows the heaviest one.
            for (int round = 0; round <= restarts; round++) {
                for (int i = 0; i < subjects.size(); i++) {
                    Subject subject = subjects.get((i + round) % subjects.size());
                    Start start = start(subject, round, subjects.indexOf(subject));
                    starts.add(start);
                    System.out.printf("round %d  %-55s %-7s %6d ms  (JVM CPU %6d ms)%n", round, subject.name(),
                            start.kind(), start.millis(), start.cpuMillis());
                }
            }
        } finally {
            results.put("starts", starts);
            results.put("summary", summary(subjects, starts, readme));
            results.put("finishedAt", Instant.now());
            write(results);
            if (!keepStores) {
                FileSystemUtils.deleteRecursively(stores);
            }
        }
    }

    private Start start(Subject subject, int round, int index) throws Exception {
        int port = freePort();
        Path log = logs.resolve("subject-" + index + "-round-" + round + ".log");
        ProcessBuilder builder = new ProcessBuilder(subject.command()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Path dataDir = stores.resolve("subject-" + index);
        builder.environment().put("LOGBOOK_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        String kind = !subject.logbook() ? (round == 0 ? "first" : "again") : round == 0 ? "fresh" : "restart";
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            if (subject.command().contains(JvmFloor.class.getName())) {
                if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(subject.name() + " failed; see " + log);
                }
                return new Start(subject.name(), kind, round, (System.nanoTime() - started) / 1_000_000,
                        -1);
            }
            await(subject.name() + " healthy").atMost(START_TIMEOUT).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(subject.name() + " exited with " + process.exitValue()
                                    + " before it answered; see " + log);
                        }
                        return healthy(port);
                    });
            long millis = (System.nanoTime() - started) / 1_000_000;
            long cpu = process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            return new Start(subject.name(), kind, round, millis, cpu);
        } finally {
            stop(process, subject.logbook() ? dataDir : null);
        }
    }

    private boolean healthy(int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode status = JSON.readTree(response.body()).get("status");
            return status != null && "UP".equals(status.asText());
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, as an operator stops it; then until its embedded PostgreSQL has let go of the data directory. */
    private static void stop(Process process, Path dataDir) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            Path lock = dataDir.resolve("postgres").resolve("postmaster.pid");
            await("PostgreSQL of " + dataDir + " stopped").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50)).until(() -> !Files.exists(lock));
        }
    }

    private Map<String, Object> summary(List<Subject> subjects, List<Start> starts, Subject readme) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Long> baselineP50 = new LinkedHashMap<>();
        System.out.println();
        System.out.printf("%-55s %10s %16s %16s %14s%n", "start-up to the first 200 UP", "first/fresh",
                "again/restart p50", "again/restart max", "CPU p50");
        for (Subject subject : subjects) {
            List<Start> mine = starts.stream().filter(s -> s.subject().equals(subject.name())).toList();
            List<Long> again = mine.stream().filter(s -> s.round() > 0).map(Start::millis).sorted().toList();
            List<Long> cpu = mine.stream().filter(s -> s.round() > 0).map(Start::cpuMillis).sorted().toList();
            Long first = mine.stream().filter(s -> s.round() == 0).map(Start::millis).findFirst().orElse(null);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put(subject.logbook() ? "freshMillis" : "firstMillis", first);
            line.put(subject.logbook() ? "restartP50Millis" : "againP50Millis", median(again));
            line.put(subject.logbook() ? "restartMaxMillis" : "againMaxMillis",
                    again.isEmpty() ? null : again.get(again.size() - 1));
            line.put("cpuP50Millis", median(cpu));
            summary.put(subject.name(), line);
            baselineP50.put(subject.name(), median(again));
            System.out.printf("%-55s %8s ms %13s ms %13s ms %11s ms%n", subject.name(), first, median(again),
                    again.isEmpty() ? null : again.get(again.size() - 1), median(cpu));
        }
        Long ours = baselineP50.get(readme.name());
        Long base = baselineP50.get(subjects.get(2).name());
        Long plain = baselineP50.get(subjects.get(1).name());
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("goal", "README command: restart under " + GOAL.toSeconds() + " s (p50)");
        goal.put("restartP50Millis", ours);
        goal.put("met", ours != null && ours < GOAL.toMillis());
        if (ours != null && base != null && base > 0) {
            goal.put("restartOverBaseline", Math.round(100.0 * ours / base) / 100.0);
        }
        if (ours != null && plain != null && plain > 0) {
            goal.put("restartOverPlainJar", Math.round(100.0 * ours / plain) / 100.0);
        }
        summary.put("goal", goal);
        System.out.println();
        System.out.printf("goal: a restart under %d s — README command p50 %s ms: %s (%.2f × the baseline's %s ms,"
                        + " %.2f × the plain jar's %s ms, same run)%n", GOAL.toSeconds(), ours,
                Boolean.TRUE.equals(goal.get("met")) ? "met" : "missed",
                ours == null || base == null ? Double.NaN : ours / (double) base, base,
                ours == null || plain == null ? Double.NaN : ours / (double) plain, plain);
        System.out.println();
        return summary;
    }

    private static Long median(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What the build trained for this JVM: the JDK's ahead-of-time cache from Java 25, a CDS archive before. */
    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;

    private static String archiveKind() {
        return AOT_CACHE ? "AOT cache" : "CDS archive";
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().ifPresent(l -> machine.put("cpu", l.substring(l.indexOf(':') + 1).strip()));
            Files.readAllLines(Path.of("/proc/loadavg")).stream().findFirst()
                    .ifPresent(l -> machine.put("loadAverageAtStart", l));
        } catch (IOException e) {
            machine.put("cpu", "unknown");
        }
        return machine;
    }

    private void write(Map<String, Object> results) throws IOException {
        Files.createDirectories(output);
        String name = "startup-" + Instant.now().toString().replace(":", "") + ".json";
        Files.writeString(output.resolve(name), JSON.writeValueAsString(results));
        Files.writeString(output.resolve("startup-latest.json"), JSON.writeValueAsString(results));
        System.out.println("results written to " + output.resolve(name));
    }

    /**
     * The baseline: a Spring Boot web application with Actuator's health endpoint and nothing else (no security, no
     * stores, no Axon), the floor every Spring Boot web service pays on this machine and JDK. It reads the same
     * {@code PORT} and the logbook's {@code application.yml} (on the class path), of which only the server's and
     * Actuator's settings apply.
     */
    @SpringBootConfiguration
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
            ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, EndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class,
            HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
            ManagementContextAutoConfiguration.class, ServletManagementContextAutoConfiguration.class})
    static class MinimalWebApp {

        public static void main(String[] args) {
            SpringApplication.run(MinimalWebApp.class, args);
        }
    }

    /** The JVM's floor: start, print, exit. */
    static final class JvmFloor {

        public static void main(String[] args) {
            System.out.println("started");
        }
    }
}
