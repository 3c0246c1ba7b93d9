package qc.logbook.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.logbook.readmodel.BulkInsert;
import qc.logbook.readmodel.InMemoryDocuments;
import qc.logbook.readmodel.RebuildableReadModel;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import qc.logbook.LogbookApplication;
import qc.logbook.intervention.api.FindReferralBreakdownQuery;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.RecordInterventionCommand;
import qc.logbook.intervention.query.ReferralBreakdown;
import qc.logbook.reference.WorkerRole;
import qc.logbook.replay.RebuildService;
import qc.logbook.replay.RebuildStatus;
import qc.logbook.store.EmbeddedReadModelStore;
import qc.logbook.store.ReadModelFile;
import qc.logbook.support.InterventionEvents;

/**
 * Measures the event path of the logbook against its baselines (docs/benchmark.md), all in one run on the
 * embedded stores: command throughput through the command bus and the REST API vs raw single-row JDBC inserts, full
 * replay throughput of every read model vs a raw scan + Jackson + bulk write, and the referral breakdown's latency at N
 * events. Prints a table and writes JSON under {@code target/benchmark/}.
 *
 * <p>Settings (system properties): {@code benchmark.events} (N, default 100,000, up to 1,000,000),
 * {@code benchmark.threads} (client threads, default 4), {@code benchmark.commands} (commands through the bus, default
 * 5,000), {@code benchmark.rest} (requests through the REST API, default 2,000), {@code benchmark.queries} (breakdown
 * queries, default 200), {@code benchmark.output}, {@code benchmark.data-dir} and {@code benchmark.keep-stores} (false:
 * the stores are deleted after the run).
 */
public final class EventPathBenchmark {

    /** Documents per bulk write, as in the rebuild's flushes. */
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final int events = Integer.getInteger("benchmark.events", 100_000);
    private final int threads = Integer.getInteger("benchmark.threads", 4);
    private final int commands = Integer.getInteger("benchmark.commands", 5_000);
    private final int warmup = Integer.getInteger("benchmark.warmup", 3_000);
    private final int warmupSeconds = Integer.getInteger("benchmark.warmup-seconds", 30);
    private final int restRequests = Integer.getInteger("benchmark.rest", 2_000);
    private final int queries = Integer.getInteger("benchmark.queries", 200);
    private final Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark"));
    /**
     * The stores of an earlier run kept with {@code benchmark.keep-stores}, to measure the dashboard's pages again on
     * them without filling and rebuilding them again (an hour at 1,000,000 events on two cores); kept again after.
     */
    private final Path reusedStores = System.getProperty("benchmark.stores", "").isBlank() ? null
            : Path.of(System.getProperty("benchmark.stores"));
    private final Path dataDir = reusedStores != null ? reusedStores
            : Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-stores"))
                    .resolve(Long.toString(System.currentTimeMillis()));
    /** Whether the stores are left on disk after the run (to inspect them); deleted by default. */
    private final boolean keepStores = Boolean.getBoolean("benchmark.keep-stores") || reusedStores != null;
    private final Map<String, Object> results = new LinkedHashMap<>();
    /**
     * {@code events} (default): the event path, as below; {@code pages}: the pages' phase instead ({@link
     * PageBenchmark}), on a store filled with {@code benchmark.interventions} interventions; {@code dashboard}: the
     * tableau de bord's server time instead ({@link PageBenchmark#runDashboard}), on a store of {@code
     * benchmark.events} events.
     */
    private final String phase = System.getProperty("benchmark.phase", "events");
    private final int interventions = Integer.getInteger("benchmark.interventions", 100_000);

    private ConfigurableApplicationContext context;
    private DataSource dataSource;
    private Serializer serializer;

    public static void main(String[] args) throws Exception {
        if ("startup".equals(System.getProperty("benchmark.phase"))) {
            StartupBenchmark.main(args); // processes of their own: no application in this JVM
            return;
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
        try {
            new EventPathBenchmark().run();
        } catch (Throwable e) {
            // Axon's task janitor is a non-daemon thread: without an exit, a failed run would never end
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static final String BENCHMARK_USER = "benchmark-worker";
    /** One of the workers of {@link InterventionHistory}. */
    private static final String PAGE_WORKER = "W-7";
    private static final String BENCHMARK_PASSWORD = "benchmark-only-password";
    private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (BENCHMARK_USER + ":" + BENCHMARK_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private void run() throws Exception {
        boolean pages = "pages".equals(phase);
        boolean dashboard = "dashboard".equals(phase);
        boolean asOf = "asof".equals(phase); // the point-in-time reads' phase (AsOfBenchmark)
        if (!pages && !dashboard && !asOf && !"events".equals(phase)) {
            throw new IllegalArgumentException("benchmark.phase must be events, pages, dashboard or asof");
        }
        if (asOf) { // AsOfBenchmark builds the checkpoints itself, timed, instead of the background builder
            System.setProperty("logbook.as-of.checkpoints", "false");
        }
        if (!pages && (events < 10_000 || events > 1_000_000)) {
            throw new IllegalArgumentException("benchmark.events must be between 10,000 and 1,000,000");
        }
        results.put("startedAt", Instant.now());
        results.put("machine", machine());
        results.put("phase", phase);
        results.put("settings", pages ? Map.of("interventions", interventions)
                : dashboard ? Map.of("events", events) : Map.of("events", events, "threads", threads, "commands",
                        commands, "warmup", warmup, "warmupSeconds", warmupSeconds, "restRequests",
                        restRequests, "queries", queries));
        // command-line arguments: they take precedence over application.yml
        SpringApplicationBuilder application = new SpringApplicationBuilder(LogbookApplication.class);
        if (pages || dashboard) {
            application.sources(PageBenchmark.Timing.class);
        } else {
            application.sources(PlainInsertEndpoint.class);
        }
        String hash = new BCryptPasswordEncoder().encode(BENCHMARK_PASSWORD);
        context = application
                .run("--logbook.store.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
                        "--benchmark.plain-endpoint=" + !(pages || dashboard),
                        // the pages measure a node at work, not the first minutes after its start, when the "as of"
                        // checkpoints are built from the whole history in the background (the pages never read them);
                        // the point-in-time phase takes them itself, timed, once the store is filled
                        "--logbook.as-of.checkpoints=" + !(pages || dashboard || asOf),
                        "--logging.level.root=WARN", "--logging.level.qc.logbook=WARN",
                        // A worker for every territory, with a production-cost bcrypt hash: HTTP Basic is checked
                        // on every request and the service remembers verified credentials briefly, as in production.
                        // Also a coordinator of every territory, who may record for the generated worker ids.
                        "--logbook.security.users[0].username=" + BENCHMARK_USER,
                        "--logbook.security.users[0].password-hash="
                                + new BCryptPasswordEncoder().encode(BENCHMARK_PASSWORD),
                        "--logbook.security.users[0].roles=WORKER,COORDINATOR",
                        "--logbook.security.users[0].territories=*",
                        "--logbook.security.users[1].username=benchmark-admin",
                        "--logbook.security.users[1].password-hash="
                                + new BCryptPasswordEncoder().encode(BENCHMARK_PASSWORD),
                        "--logbook.security.users[1].roles=ADMIN",
                        "--logbook.security.users[1].territories=*",
                        // the pages' phase: a worker of two territories out of ten, whose id is one of the history's
                        // 400 workers (so the list of their own interventions holds about 1/400 of the store), and a
                        // coordinator of every territory
                        "--logbook.security.users[2].username=" + PAGE_WORKER,
                        "--logbook.security.users[2].password-hash=" + hash,
                        "--logbook.security.users[2].roles=WORKER",
                        "--logbook.security.users[2].territories=LEVIS,BELLECHASSE",
                        "--logbook.security.users[3].username=benchmark-coordinator",
                        "--logbook.security.users[3].password-hash=" + hash,
                        "--logbook.security.users[3].roles=COORDINATOR",
                        "--logbook.security.users[3].territories=*");
        dataSource = context.getBean(DataSource.class);
        serializer = context.getBean("eventSerializer", Serializer.class);
        try {
            if (pages) {
                pages();
            } else if (dashboard) {
                dashboard();
            } else if (asOf) { // AsOfBenchmark: the store filled, then the point-in-time reads measured
                AsOfBenchmark asOfBenchmark = new AsOfBenchmark(context, results);
                asOfBenchmark.fundingBefore();
                fill();
                asOfBenchmark.run();
            } else {
                commandPath();
                fill();
                replay();
                breakdownLatency();
            }
        } finally {
            results.put("finishedAt", Instant.now());
            write();
            context.close();
            if (!keepStores) {
                // tens of gigabytes after a 1,000,000-event run: a second run would otherwise fill the disk
                org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
            }
        }
    }

    // ---- command path ------------------------------------------------------------------------------------------

    /**
     * Commands are measured twice: with the projections' processors running (as in production, where they compete for
     * the same two cores) and with them paused (the write path alone, which is what the raw-insert baseline does).
     * Each path is warmed up first ({@code benchmark.warmup} commands, as many requests, and {@code
     * benchmark.warmup-seconds}), and the projections are let catch up before a measure starts, so that no phase pays
     * for the one before it. Each phase is compared with raw inserts measured right before it; alongside each rate,
     * the work per command is counted: CPU of this JVM (and of its JIT compilers), CPU of PostgreSQL, and bytes of
     * write-ahead log.
     */
    private void commandPath() throws Exception {
        CommandGateway gateway = context.getBean(CommandGateway.class);
        InterventionHistory history = new InterventionHistory(1);
        String url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port")
                + "/api/v1/interventions";
        // At least benchmark.warmup commands and benchmark.warmup-seconds. The JIT does not settle on this workload
        // within minutes: its compiler threads keep using 14-23 % of the JVM's CPU over five minutes of rounds (a
        // long tail of lukewarm methods reaching their thresholds), while a longer warm-up fills the read-model file
        // and changes what the phases measure. So the warm-up is bounded and every phase reports its compilers' CPU.
        long start = System.nanoTime();
        long warmupEnd = start + warmupSeconds * 1_000_000_000L;
        int warmed = 0;
        double compiling;
        do {
            long jitBefore = Counters.compilerCpuNanos();
            long cpuBefore = Counters.processCpuNanos();
            parallel(1_000, i -> gateway.sendAndWait(record(history)));
            parallel(500, i -> post(url, history));
            parallel(500, i -> post(plainUrl(), history));
            warmed += 1_000;
            compiling = (Counters.compilerCpuNanos() - jitBefore) / (double) (Counters.processCpuNanos() - cpuBefore);
        } while (warmed < warmup || System.nanoTime() < warmupEnd);
        double warmupSecondsTaken = (System.nanoTime() - start) / 1e9;
        System.out.printf("warm-up: %,d commands and %,d requests in %.0f s; the JIT's compilers used %.0f %% of the "
                + "JVM's CPU in its last round%n", warmed, warmed, warmupSecondsTaken, compiling * 100);
        results.put("warmupCommands", warmed + warmed / 2);
        results.put("warmup", Map.of("seconds", round(warmupSecondsTaken), "jitShareOfLastRound", round(compiling)));
        // The baseline is measured right before each phase (with the projections idle, not catching up with what
        // came before): raw inserts on this virtual disk vary by a factor of two within minutes, so each phase is
        // compared with the baseline of its own moment.
        awaitProjections();
        // with the projections running, a phase ends when they have caught up: the rate the whole service sustains,
        // and the projections' work counted for every path alike (a faster path would otherwise leave more of it
        // for after its measure)
        Phase bus = phase("command bus, projections running",
                () -> parallel(commands, i -> gateway.sendAndWait(record(history))), commands, commands, true);
        Phase rest = phase("REST API, projections running",
                () -> outOfProcess(url, history, restRequests), restRequests, sent(restRequests), true);
        Phase plain = phase("plain endpoint, projections running",
                () -> outOfProcess(plainUrl(), history, restRequests), restRequests, sent(restRequests), true);

        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        Phase busAlone = phase("command bus, projections paused",
                () -> parallel(commands, i -> gateway.sendAndWait(record(history))), commands, commands, false);
        Phase restAlone = phase("REST API, projections paused",
                () -> outOfProcess(url, history, restRequests), restRequests, sent(restRequests), false);
        Phase plainAlone = phase("plain endpoint, projections paused",
                () -> outOfProcess(plainUrl(), history, restRequests), restRequests, sent(restRequests), false);
        processing.eventProcessors().values().forEach(EventProcessor::start);
        awaitProjections();

        results.put("commandBus", Map.of("projectionsRunning", bus.json(), "projectionsPaused", busAlone.json()));
        results.put("restApi", Map.of("projectionsRunning", rest.json(), "projectionsPaused", restAlone.json()));
        results.put("plainEndpoint", Map.of("projectionsRunning", plain.json(), "projectionsPaused",
                plainAlone.json()));
        for (Phase phase : List.of(bus, busAlone, rest, restAlone, plain, plainAlone)) {
            System.out.printf("%s: %,.0f requests/s against %,.0f raw rows/s just before (ratio %.2f); per "
                    + "request %s; per raw row %s%n", phase.name(), phase.rate(), phase.baseline(), phase.ratio(),
                    phase.work(), phase.baselineWork());
        }
        Map<String, Object> http = new LinkedHashMap<>();
        for (Phase[] pair : List.of(new Phase[] {rest, bus, plain}, new Phase[] {restAlone, busAlone, plainAlone})) {
            double toBus = pair[0].rate() / pair[1].rate();
            double toPlain = pair[0].rate() / pair[2].rate();
            String when = pair[0] == rest ? "projections running" : "projections paused";
            http.put(pair[0] == rest ? "projectionsRunning" : "projectionsPaused",
                    Map.of("restToCommandBus", round(toBus), "restToPlainEndpoint", round(toPlain)));
            System.out.printf("HTTP layer, %s: REST ÷ command bus %.2f (goal ≥ 0.8: %s); REST ÷ plain endpoint %.2f "
                            + "(goal ≥ 0.5: %s)%n", when, toBus, toBus >= 0.8 ? "met" : "MISSED", toPlain,
                    toPlain >= 0.5 ? "met" : "MISSED");
        }
        results.put("httpLayer", http);
        axonParts(busAlone);
    }

    /**
     * What two home-made parts of the command path save, each beside the Axon part it replaces, in the same JVM:
     * finding a command's target aggregate ({@code CachedCommandTargetResolver} against Axon's {@code
     * AnnotationCommandTargetResolver}, on the same command messages) and loading an aggregate's events ({@code
     * SnapshotlessEventStore} against the same read preceded by the snapshot lookup Axon's event store makes, on
     * aggregates recorded by the command path). Each saving is also given as a share of a command's JVM CPU through
     * the command bus ({@code busAlone}).
     */
    private void axonParts(Phase busAlone) throws Exception {
        InterventionHistory history = new InterventionHistory(2);
        List<org.axonframework.commandhandling.CommandMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            RecordInterventionCommand recorded = record(history);
            messages.add(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(recorded));
            messages.add(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                    new qc.logbook.intervention.api.CorrectInterventionCommand(recorded.interventionId(),
                            recorded.details(), "benchmark", Instant.now())));
        }
        java.lang.reflect.Constructor<?> cached = load("qc.logbook.axon.CachedCommandTargetResolver")
                .getDeclaredConstructor();
        cached.setAccessible(true);
        org.axonframework.modelling.command.CommandTargetResolver ours =
                (org.axonframework.modelling.command.CommandTargetResolver) cached.newInstance();
        org.axonframework.modelling.command.CommandTargetResolver axons =
                org.axonframework.modelling.command.AnnotationCommandTargetResolver.builder().build();
        double oursNanos = 0;
        double axonsNanos = 0;
        for (int round = 0; round < 6; round++) {
            // interleaved rounds, the first two unmeasured (JIT)
            double a = resolveNanos(ours, messages);
            double b = resolveNanos(axons, messages);
            if (round >= 2) {
                oursNanos += a / 4;
                axonsNanos += b / 4;
            }
        }
        double commandMillis = ((Number) busAlone.work().get("jvmCpuMillis")).doubleValue();
        double resolverShare = (axonsNanos - oursNanos) / 1e6 / commandMillis;
        System.out.printf("command target: Axon's resolver %.2f µs a command, the cached one %.2f µs: saves %.1f %% of "
                + "a command's JVM CPU (%.2f ms)%n", axonsNanos / 1e3, oursNanos / 1e3, resolverShare * 100,
                commandMillis);

        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select aggregate_identifier from domain_event_entry "
                     + "where type = 'Intervention' and sequence_number = 0 order by global_index desc limit 2000")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        org.axonframework.eventsourcing.eventstore.EventStore store =
                context.getBean(org.axonframework.eventsourcing.eventstore.EventStore.class);
        org.axonframework.eventsourcing.eventstore.EventStorageEngine engine =
                context.getBean(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class);
        double withoutLookup = 0;
        double withLookup = 0;
        for (int round = 0; round < 4; round++) {
            double a = loadMillis(ids, id -> store.readEvents(id).asStream().count());
            double b = loadMillis(ids, id -> {
                engine.readSnapshot(id);
                store.readEvents(id, 0).asStream().count();
            });
            if (round >= 1) {
                withoutLookup += a / 3;
                withLookup += b / 3;
            }
        }
        double commandWork = commandMillis + ((Number) busAlone.work().get("postgresCpuMillis")).doubleValue();
        double loadShare = (withLookup - withoutLookup) / commandWork;
        System.out.printf("aggregate load: with Axon's snapshot lookup %.3f ms, without it %.3f ms: saves the "
                + "equivalent of %.1f %% of a command's CPU, JVM and PostgreSQL (%.2f ms; the lookup is one more query "
                + "in the command's transaction)%n", withLookup, withoutLookup, loadShare * 100, commandWork);
        results.put("axonParts", Map.of(
                "commandTarget", Map.of("axonResolverMicros", round(axonsNanos / 1e3),
                        "cachedResolverMicros", round(oursNanos / 1e3), "shareOfCommandCpu", round(resolverShare)),
                "aggregateLoad", Map.of("withSnapshotLookupMillis", round(withLookup),
                        "withoutSnapshotLookupMillis", round(withoutLookup), "shareOfCommandCpu", round(loadShare)),
                "commandJvmCpuMillis", commandMillis, "commandJvmAndPostgresCpuMillis", commandWork));
    }

    /** Nanoseconds per resolution, over 200 passes of the messages. */
    private static double resolveNanos(org.axonframework.modelling.command.CommandTargetResolver resolver,
                                       List<org.axonframework.commandhandling.CommandMessage<?>> messages) {
        long start = System.nanoTime();
        long sink = 0;
        for (int pass = 0; pass < 200; pass++) {
            for (org.axonframework.commandhandling.CommandMessage<?> message : messages) {
                sink += resolver.resolveTarget(message).getIdentifier().length();
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / (200.0 * messages.size());
    }

    private interface Load {
        void run(String id) throws Exception;
    }

    /** Milliseconds per aggregate load, one thread, over every id. */
    private static double loadMillis(List<String> ids, Load load) throws Exception {
        long start = System.nanoTime();
        for (String id : ids) {
            load.run(id);
        }
        return (System.nanoTime() - start) / 1e6 / ids.size();
    }

    private String plainUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port")
                + PlainInsertEndpoint.PATH;
    }

    /** Requests the client process sends for {@code count} measured ones: a tenth more (at least 100) first. */
    private static int sent(int count) {
        return count + Math.max(100, count / 10);
    }

    /**
     * {@code count} requests (after a tenth as many unmeasured ones that warm the client's JVM up) sent by {@link
     * HttpLoadClient} in a JVM of its own, from as many threads as the command bus gets: its CPU is not this JVM's.
     * The bodies are written first, from the same history as the commands. Returns the measured requests per second.
     */
    private double outOfProcess(String url, InterventionHistory history, int count) throws Exception {
        int clientWarmup = sent(count) - count;
        Path bodies = Files.createTempFile("benchmark-bodies", ".ndjson");
        try {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < clientWarmup + count; i++) {
                // one body a line: the results' mapper indents, a body must not
                lines.add(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body(history)));
            }
            Files.write(bodies, lines, java.nio.charset.StandardCharsets.UTF_8);
            Process client = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    HttpLoadClient.class.getName(), url, AUTHORIZATION, Integer.toString(threads),
                    Integer.toString(clientWarmup), bodies.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String answer = new String(client.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (client.waitFor() != 0) {
                throw new IllegalStateException("the HTTP client process failed: " + answer);
            }
            java.util.regex.Matcher figures = java.util.regex.Pattern
                    .compile("measured=(\\d+) seconds=([0-9.]+) retried=(\\d+)").matcher(answer);
            if (!figures.find()) {
                throw new IllegalStateException("the HTTP client process said: " + answer);
            }
            if (!"0".equals(figures.group(3))) {
                System.out.printf("  (%s answers 503 retried after their Retry-After, inside the measure)%n",
                        figures.group(3));
            }
            return Integer.parseInt(figures.group(1)) / Double.parseDouble(figures.group(2));
        } finally {
            Files.deleteIfExists(bodies);
        }
    }

    private interface Measure {
        double run() throws Exception;
    }

    /** One measured phase of the command path, beside the raw-insert baseline measured right before it. */
    private record Phase(String name, double rate, Map<String, Object> work, double baseline,
                         Map<String, Object> baselineWork) {

        double ratio() {
            return rate / baseline;
        }

        Map<String, Object> json() {
            return Map.of("interventionsPerSecond", round(rate), "baselineRowsPerSecond", round(baseline),
                    "ratio", round(ratio()), "perCommand", work, "perBaselineRow", baselineWork);
        }
    }

    /**
     * A phase: {@code count} measured commands or requests, right after raw inserts measured as its baseline. The
     * work per command is that of everything {@code sent} (the client process's unmeasured warm-up requests
     * included). With {@code untilProjected}, the phase lasts until the projections have caught up: its rate is the
     * measured commands over their own time plus the time the projections needed after them.
     */
    private Phase phase(String name, Measure measure, int count, int sent, boolean untilProjected) throws Exception {
        RawInserts raw = rawInserts(commands);
        Counters before = counters();
        double rate = measure.run();
        if (untilProjected) {
            long sentAt = System.nanoTime();
            awaitProjections();
            double catchUp = (System.nanoTime() - sentAt) / 1e9;
            rate = count / (count / rate + catchUp);
        }
        return new Phase(name, rate, before.perCommandSince(sent), raw.rate(), raw.work());
    }

    /**
     * Until every processor has handled every stored event (at most ten minutes), as the application's own
     * {@code logbook.processor.lag} gauges tell.
     */
    private void awaitProjections() {
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        Awaitility.await("the projections catching up").atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    Collection<Gauge> lags = registry.find("logbook.processor.lag").gauges();
                    return !lags.isEmpty() && lags.stream().allMatch(lag -> lag.value() == 0);
                });
    }

    /** PostgreSQL's counts of committed transactions and of token-store rows written, at one moment. */
    private record Counters(DataSource dataSource, Path postgresData, EmbeddedReadModelStore store, long walBytes,
                            long cpuNanos, long postgresCpuNanos, long storeCommitCalls, long storeCommits,
                            long jitCpuNanos) {

        /**
         * Work per command since these counters were read: CPU of this JVM and of PostgreSQL, and bytes of write-ahead
         * log (what the database had to make durable). PostgreSQL's transaction statistics are not used: backends
         * report them up to ten seconds late, longer than a phase.
         */
        Map<String, Object> perCommandSince(int commands) throws Exception {
            Counters now = read(dataSource, postgresData, store);
            return Map.of("walBytes", Math.round((now.walBytes - walBytes) / (double) commands),
                    "jvmCpuMillis", round((now.cpuNanos - cpuNanos) / 1e6 / commands),
                    // of which the JIT's compiler threads
                    "jitCpuMillis", round((now.jitCpuNanos - jitCpuNanos) / 1e6 / commands),
                    "postgresCpuMillis", round((now.postgresCpuNanos - postgresCpuNanos) / 1e6 / commands),
                    // the processors' requests to commit the read-model store, and the file commits that served them
                    "storeCommitCalls", round((now.storeCommitCalls - storeCommitCalls) / (double) commands),
                    "storeCommits", round((now.storeCommits - storeCommits) / (double) commands));
        }

        /**
         * CPU time of the embedded PostgreSQL: its postmaster (found by its data directory on its command line) and
         * every process it forked (the connections' backends, the WAL writer, the checkpointer…). Zero where the
         * operating system does not tell.
         */
        static long postgresCpuNanos(Path postgresData) {
            String dir = postgresData.toAbsolutePath().toString();
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(line -> line.contains(dir)).orElse(false))
                    .flatMap(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster),
                            postmaster.descendants()))
                    .distinct()
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                    .sum();
        }

        /**
         * CPU time of this JVM's JIT compiler threads, read from Linux's {@code /proc/self/task/<tid>/stat} (the
         * JVM's own compilation time is wall-clock time of each compilation, which on two busy cores counts the time
         * a compiler thread waited for a core); zero where there is no {@code /proc}.
         */
        static long compilerCpuNanos() {
            long ticks = 0;
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        String name = stat.substring(stat.indexOf('(') + 1, close);
                        if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
                            continue;
                        }
                        // after the name: state, ppid, … utime (14th field of the line) and stime (15th)
                        String[] fields = stat.substring(close + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    } catch (IOException | RuntimeException e) {
                        // a compiler thread that ended meanwhile
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        }

        /** CPU time of this JVM (application, projections, embedded MongoDB-wire server, benchmark client). */
        static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        static Counters read(DataSource dataSource, Path postgresData, EmbeddedReadModelStore store)
                throws Exception {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint")) {
                rs.next();
                return new Counters(dataSource, postgresData, store, rs.getLong(1), processCpuNanos(),
                        postgresCpuNanos(postgresData), store.commitCalls(), store.commits(), compilerCpuNanos());
            }
        }
    }

    private Counters counters() throws Exception {
        return Counters.read(dataSource, dataDir.resolve("postgres"), context.getBean(EmbeddedReadModelStore.class));
    }

    private synchronized RecordInterventionCommand record(InterventionHistory history) {
        return new RecordInterventionCommand(InterventionId.random(), history.details(), Instant.now());
    }

    /** A {@code POST /api/v1/interventions} body for the next intervention of the history. */
    private Map<String, Object> body(InterventionHistory history) {
        InterventionDetails d;
        synchronized (this) {
            d = history.details();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", d.date().toString());
        body.put("workerId", d.worker().value());
        body.put("workerRole", d.workerRole());
        body.put("region", d.region());
        body.put("territory", d.territory());
        body.put("housingOrganisation", d.housingOrganisation());
        body.put("tenure", d.tenure());
        body.put("mode", d.mode());
        body.put("targetGroups", d.targetGroups());
        body.put("ageGroups", d.ageGroups());
        body.put("durationMinutes", d.durationMinutes());
        body.put("supportCategories", d.supportCategories());
        body.put("notes", d.notes());
        body.put("tenantRef", d.tenant() == null ? null : d.tenant().value());
        body.values().removeIf(java.util.Objects::isNull);
        return body;
    }

    /** One request from this JVM (the warm-up of the server's paths), as the client process sends it. */
    private void post(String url, InterventionHistory history) {
        try {
            int status = HttpLoadClient.post(URI.create(url).toURL(), AUTHORIZATION,
                    JSON.writeValueAsBytes(body(history)));
            if (status != 201) {
                throw new IllegalStateException("REST answered " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record RawInserts(double rate, Map<String, Object> work) {
    }

    /** Rows of the average size of the stored events, one transaction each, into a copy of the event table. */
    private RawInserts rawInserts(int rows) throws Exception {
        int payloadSize;
        int metaSize;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists benchmark_raw_insert");
            s.execute("create table benchmark_raw_insert (like domain_event_entry including all)");
            // LIKE copies global_index's default, nextval of the event table's own sequence: the baseline would take
            // numbers from it and leave thousands of gaps in the real global index, which every processor's
            // gap-aware token then carries (and pays for on every event) until they time out. Its own sequence.
            s.execute("drop sequence if exists benchmark_raw_insert_seq");
            s.execute("create sequence benchmark_raw_insert_seq");
            s.execute("alter table benchmark_raw_insert alter column global_index "
                    + "set default nextval('benchmark_raw_insert_seq')");
            try (ResultSet rs = s.executeQuery("select avg(length(payload)), avg(length(meta_data)) "
                    + "from domain_event_entry")) {
                rs.next();
                payloadSize = (int) rs.getDouble(1);
                metaSize = (int) rs.getDouble(2);
            }
        }
        byte[] payload = filler(payloadSize);
        byte[] meta = filler(metaSize);
        String type = InterventionRecordedEvent.class.getName();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = dataSource.getConnection();
                c.setAutoCommit(true);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        Task insertOne = i -> {
            Connection c = connections.get();
            opened.add(c);
            try (PreparedStatement insert = c.prepareStatement("insert into benchmark_raw_insert (aggregate_identifier, "
                    + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
                    + "time_stamp) values (?, 0, 'Intervention', ?, ?, ?, '2', ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, meta);
                insert.setBytes(4, payload);
                insert.setString(5, type);
                insert.setString(6, DateTimeUtils.formatInstant(Instant.now()));
                insert.executeUpdate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        parallel(Math.min(rows, 1_000), insertOne);
        Counters before = counters();
        double rate = parallel(rows, insertOne);
        Map<String, Object> work = before.perCommandSince(rows);
        for (Connection c : Set.copyOf(opened)) {
            c.close();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table benchmark_raw_insert");
            s.execute("drop sequence benchmark_raw_insert_seq");
        }
        return new RawInserts(rate, work);
    }

    private static byte[] filler(int size) {
        byte[] bytes = new byte[Math.max(size, 2)];
        Arrays.fill(bytes, (byte) 'x');
        bytes[0] = '"';
        bytes[bytes.length - 1] = '"';
        return bytes;
    }

    // ---- loading N events --------------------------------------------------------------------------------------

    /** Tops the store up to N events with batched inserts of serialised events (the live processors are stopped). */
    private void fill() throws Exception {
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::shutDown);
        long stored = count();
        long eventsWanted = "pages".equals(phase) ? Long.MAX_VALUE : events;
        long interventionsWanted = "pages".equals(phase) ? interventions : Long.MAX_VALUE;
        long recorded = 0;
        InterventionHistory history = new InterventionHistory(2);
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into domain_event_entry (aggregate_identifier, "
                    + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
                    + "time_stamp) values (?, ?, 'Intervention', ?, ?, ?, ?, ?, ?)")) {
                byte[] meta = serializer.serialize(MetaData.from(Map.of("userId", "W-benchmark",
                        "commandName", "RecordInterventionCommand", "receivedAt", Instant.now().toString(),
                        "correlationId", UUID.randomUUID().toString())), byte[].class).getData();
                long first = stored;
                while (stored < eventsWanted && recorded < interventionsWanted) {
                    // the history moves forward in time as it is loaded, as a real logbook's does
                    double progress = "pages".equals(phase) ? recorded / (double) interventionsWanted
                            : (stored - first) / (double) Math.max(1, events - first);
                    history.around(InterventionHistory.FIRST_DAY.plusDays(21
                            + (long) ((InterventionHistory.DAYS - 21) * progress)));
                    // a window of interventions whose events interleave, each aggregate's in its own order
                    List<List<Object>> window = new ArrayList<>();
                    for (int i = 0; i < 500 && recorded < interventionsWanted; i++, recorded++) {
                        window.add(history.events(InterventionId.random()));
                    }
                    for (int round = 0; round < 5 && stored < eventsWanted; round++) {
                        for (List<Object> stream : window) {
                            if (round < stream.size() && stored < eventsWanted) {
                                Object event = stream.get(round);
                                SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
                                insert.setString(1, InterventionEvents.aggregateOf(event));
                                insert.setLong(2, round);
                                insert.setString(3, UUID.randomUUID().toString());
                                insert.setBytes(4, meta);
                                insert.setBytes(5, payload.getData());
                                insert.setString(6, payload.getType().getRevision());
                                insert.setString(7, payload.getType().getName());
                                insert.setString(8, DateTimeUtils.formatInstant(Instant.now()));
                                insert.addBatch();
                                stored++;
                            }
                        }
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        System.out.printf("store filled to %,d events in %.0f s%n", count(), (System.nanoTime() - start) / 1e9);
    }

    private long count() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- pages ------------------------------------------------------------------------------------------------

    /**
     * The store filled with N interventions, the read models rebuilt from it (as an operator's rebuild does), the live
     * processors running again and caught up; then the pages measured as a browser uses them.
     */
    private void pages() throws Exception {
        fill();
        long start = System.nanoTime();
        RebuildStatus status = context.getBean(RebuildService.class).runNow(Set.of());
        if (!"COMPLETED".equals(status.state().name())) {
            throw new IllegalStateException("rebuild " + status.state() + ": " + status.error());
        }
        System.out.printf("read models rebuilt from %,d events in %.0f s%n", status.eventsDone(),
                (System.nanoTime() - start) / 1e9);
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::start);
        awaitProjections();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        results.put("events", count());
        results.put("pages", new PageBenchmark(port).run(PAGE_WORKER, "benchmark-coordinator", BENCHMARK_PASSWORD,
                interventions));
    }

    /**
     * The tableau de bord's phase: N events (as the event path loads them), the read models rebuilt, then the
     * read-model file across a second rebuild (of read models that are now live), then the pages.
     */
    private void dashboard() throws Exception {
        Path file = dataDir.resolve("mongo.mv");
        if (reusedStores != null && count() >= events) {
            awaitProjections();
            System.out.printf("stores of an earlier run reused: %,d events, read-model file %,d MB%n", count(),
                    Files.size(file) >> 20);
            results.put("reusedStores", reusedStores.toString());
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            results.put("events", count());
            results.put("dashboard", new PageBenchmark(port).runDashboard("benchmark-coordinator",
                    BENCHMARK_PASSWORD, count()));
            return;
        }
        fill();
        FileSizes first = rebuildWatchingTheFile(file);
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::start);
        awaitProjections();
        long live = first.after();
        Map<String, Object> disk = new LinkedHashMap<>();
        disk.put("liveBytes", live);
        disk.put("firstRebuild", first.figures(live));
        System.out.printf("read-model file: the first rebuild, from empty collections, peaked at %,d MB and left "
                + "%,d MB of live read models once compacted (%.1f s)%n", first.peak() >> 20, live >> 20,
                first.compaction().toMillis() / 1e3);
        if (Boolean.parseBoolean(System.getProperty("benchmark.disk-rebuild", "true"))) {
            FileSizes second = rebuildWatchingTheFile(file);
            disk.put("rebuildOfLiveReadModels", second.figures(live));
            System.out.printf("read-model file: live read models %,d MB; a rebuild of them peaked at %,d MB = %.2f × "
                            + "live (goal ≤ 3) and left %,d MB = %.2f × live once the old generation was dropped and "
                            + "the file compacted (goal ≤ 1.5; compaction %.1f s)%n", live >> 20, second.peak() >> 20,
                    (double) second.peak() / live, second.after() >> 20, (double) second.after() / live,
                    second.compaction().toMillis() / 1e3);
        }
        results.put("disk", disk);
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::start);
        awaitProjections();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        results.put("events", count());
        results.put("dashboard", new PageBenchmark(port).runDashboard("benchmark-coordinator", BENCHMARK_PASSWORD,
                count()));
    }

    /**
     * A full rebuild of every read model with the size of the embedded store's file sampled every 100 ms while it runs,
     * and its size once the rebuild has dropped the previous generation and compacted the file (it does both a grace
     * period after its switch).
     */
    private FileSizes rebuildWatchingTheFile(Path file) throws Exception {
        long before = Files.size(file);
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(before);
        java.util.concurrent.ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            try {
                peak.accumulateAndGet(Files.size(file), Math::max);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        ReadModelFile.Compaction compaction;
        try {
            RebuildStatus status = context.getBean(RebuildService.class).runNow(Set.of());
            if (!"COMPLETED".equals(status.state().name())) {
                throw new IllegalStateException("rebuild " + status.state() + ": " + status.error());
            }
            System.out.printf("read models rebuilt from %,d events in %.0f s%n", status.eventsDone(),
                    (System.nanoTime() - start) / 1e9);
            compaction = compactionAfter(status);
        } finally {
            sampler.shutdownNow();
        }
        return new FileSizes(before, peak.get(), Files.size(file), compaction.took());
    }

    /**
     * Waits for the compaction of the embedded store's file that follows a rebuild's drop, and prints it. Its slices
     * hold the store alone for up to about 0.4 s each: whatever is measured while it runs pays for them.
     */
    private ReadModelFile.Compaction compactionAfter(RebuildStatus rebuild) {
        ReadModelFile readModels = context.getBean(ReadModelFile.class);
        java.time.Instant switched = rebuild.finishedAt();
        Awaitility.await().atMost(Duration.ofMinutes(40)).pollInterval(Duration.ofMillis(200)).until(() ->
                readModels.lastCompaction().filter(done -> done.endedAt().isAfter(switched)).isPresent());
        ReadModelFile.Compaction compaction = readModels.lastCompaction().orElseThrow();
        System.out.printf("read-model file compacted in %.1f s (%d slices): %d %% of it in chunks, %d %% of their "
                + "bytes live%n", compaction.took().toMillis() / 1e3, compaction.slices(), compaction.fillRate(),
                compaction.chunksFillRate());
        return compaction;
    }

    private record FileSizes(long before, long peak, long after, Duration compaction) {

        Map<String, Object> figures(long live) {
            return Map.of("bytesBefore", before, "peakBytes", peak, "bytesAfter", after,
                    "peakToLive", round((double) peak / live), "afterToLive", round((double) after / live),
                    "compactionSeconds", round(compaction.toMillis() / 1e3));
        }
    }

    // ---- replay ------------------------------------------------------------------------------------------------

    private void replay() throws Exception {
        long start = System.nanoTime();
        RebuildStatus status = context.getBean(RebuildService.class).runNow(Set.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"COMPLETED".equals(status.state().name())) {
            throw new IllegalStateException("rebuild " + status.state() + ": " + status.error());
        }
        double ours = status.eventsDone() / seconds;
        // the baseline's bulk writes and the latencies after it are measured once the file is compacted
        compactionAfter(status);
        double baseline = baselineReplay();
        results.put("replay", Map.of("readModels", status.readModels(), "events", status.eventsDone(),
                "seconds", round(seconds), "eventsPerSecond", round(ours), "baselineEventsPerSecond", round(baseline),
                "ratio", round(ours / baseline)));
        System.out.printf("replay of %s: %,d events in %.1f s = %,.0f events/s; raw scan + Jackson + bulk write: "
                + "%,.0f events/s (ratio %.2f)%n", status.readModels(), status.eventsDone(), seconds, ours, baseline,
                ours / baseline);
    }

    /**
     * The least work any rebuild must do: scan the event table over JDBC, deserialise each payload with Jackson, fold
     * it in memory with every read model's own event handlers (the same code, so the same documents: views, facts and
     * breakdown cells, funding documents), and bulk-insert every resulting document into the same MongoDB. What the
     * rebuild adds on top is its machinery: Axon's storage engine and upcasters, gap-aware tokens, bounded memory
     * (write-behind, flushes and evictions), and the blue/green switch.
     */
    private double baselineReplay() throws Exception {
        ObjectMapper mapper = ((JacksonSerializer) serializer).getObjectMapper();
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        Map<String, Class<?>> classes = new HashMap<>();
        List<RebuildableReadModel> models = List.copyOf(context.getBeansOfType(RebuildableReadModel.class).values());
        InMemoryDocuments memory = new InMemoryDocuments();
        List<AnnotationEventHandlerAdapter> handlers = models.stream()
                .map(model -> new AnnotationEventHandlerAdapter(model.eventHandlersWriting(memory))).toList();
        long start = System.nanoTime();
        long folded = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement scan = c.prepareStatement("select aggregate_identifier, sequence_number, "
                    + "event_identifier, payload_type, time_stamp, meta_data, payload, type from domain_event_entry "
                    + "order by global_index")) {
                scan.setFetchSize(1000);
                try (ResultSet rs = scan.executeQuery()) {
                    while (rs.next()) {
                        Class<?> type = classes.computeIfAbsent(rs.getString(4), EventPathBenchmark::load);
                        Object payload = mapper.readValue(rs.getBytes(7), type);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> meta = mapper.readValue(rs.getBytes(6), Map.class);
                        EventMessage<?> event = new GenericDomainEventMessage<>(rs.getString(8), rs.getString(1),
                                rs.getLong(2), payload, meta, rs.getString(3), Instant.parse(rs.getString(5)));
                        for (AnnotationEventHandlerAdapter adapter : handlers) {
                            if (adapter.canHandle(event)) {
                                adapter.handle(event);
                            }
                        }
                        folded++;
                    }
                }
            }
            c.commit();
        }
        List<String> written = new ArrayList<>();
        for (RebuildableReadModel model : models) {
            for (String collection : model.collections().keySet()) {
                String name = "benchmark_baseline_" + collection;
                BulkInsert.into(mongo, name, memory.collection(collection).values(), BATCH);
                written.add(name);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        written.stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
        return folded / seconds;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- breakdown latency -------------------------------------------------------------------------------------

    private void breakdownLatency() {
        QueryGateway gateway = context.getBean(QueryGateway.class);
        List<InterventionFilter> filters = List.of(
                InterventionFilter.all(),
                new InterventionFilter(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 12, 31),
                        null, null, null, null, null),
                new InterventionFilter(null, null, null, Set.of("LEVIS"), null, null, null),
                new InterventionFilter(java.time.LocalDate.of(2022, 4, 1), java.time.LocalDate.of(2023, 3, 31),
                        null, Set.of("BELLECHASSE", "MONTMAGNY"), WorkerRole.OUTREACH_WORKER, null, null));
        for (int i = 0; i < 10; i++) {
            query(gateway, filters.get(i % filters.size()));
        }
        List<String> names = List.of("all", "year 2021", "territory LEVIS", "fiscal year, 2 territories, 1 role");
        long[] nanos = new long[queries];
        Map<String, List<Long>> byFilter = new LinkedHashMap<>();
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query(gateway, filters.get(i % filters.size()));
            nanos[i] = System.nanoTime() - start;
            byFilter.computeIfAbsent(names.get(i % filters.size()), k -> new ArrayList<>()).add(nanos[i]);
        }
        Arrays.sort(nanos);
        double p50 = percentile(nanos, 0.50);
        double p99 = percentile(nanos, 0.99);
        Map<String, Object> perFilter = new LinkedHashMap<>();
        byFilter.forEach((name, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            perFilter.put(name, Map.of("p50Millis", round(percentile(sorted, 0.5)),
                    "p99Millis", round(percentile(sorted, 0.99))));
        });
        long interventions = query(gateway, InterventionFilter.all()).interventions();
        results.put("referralBreakdown", Map.of("queries", queries, "interventions", interventions,
                "p50Millis", round(p50), "p99Millis", round(p99), "goalP99Millis", 50, "byFilter", perFilter));
        System.out.printf("referral breakdown over %,d interventions: p50 %.1f ms, p99 %.1f ms; by filter %s%n",
                interventions, p50, p99, perFilter);
    }

    private static double percentile(long[] sorted, double rank) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * rank) - 1)] / 1e6;
    }

    private static ReferralBreakdown query(QueryGateway gateway, InterventionFilter filter) {
        return gateway.query(new FindReferralBreakdownQuery(filter), ResponseTypes.instanceOf(ReferralBreakdown.class))
                .join();
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Task {
        void run(int index) throws Exception;
    }

    /** Runs {@code count} tasks on {@code threads} threads and returns tasks per second. */
    private double parallel(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Object>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit((Callable<Object>) () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<Object> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return count / seconds;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().ifPresent(l -> machine.put("cpu", l.substring(l.indexOf(':') + 1).strip()));
            Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().ifPresent(l -> machine.put("memory", l.substring(l.indexOf(':') + 1).strip()));
            Files.readAllLines(Path.of("/proc/loadavg")).stream().findFirst()
                    .ifPresent(l -> machine.put("loadAverageAtStart", l));
        } catch (IOException e) {
            machine.put("cpu", "unknown");
        }
        return machine;
    }

    private void write() throws IOException {
        Files.createDirectories(output);
        String prefix = "asof".equals(phase) ? "asof-" + events // AsOfBenchmark
                : "pages".equals(phase) ? "pages-" + interventions
                : "dashboard".equals(phase) ? "dashboard-" + events : "event-path-" + events;
        String name = prefix + "-" + Instant.now().toString().replace(":", "") + ".json";
        Files.writeString(output.resolve(name), JSON.writeValueAsString(results));
        String latest = "pages".equals(phase) || "dashboard".equals(phase) || "asof".equals(phase) ? phase
                : "event-path";
        Files.writeString(output.resolve(latest + "-latest.json"), JSON.writeValueAsString(results));
        System.out.println("results written to " + output.resolve(name).toAbsolutePath());
        System.out.println(JSON.writeValueAsString(results));
    }
}
