package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.logbook.support.LogbookProcess;

/**
 * The service killed with SIGKILL while it takes writes (power cut, OOM killer) comes back up at the first start on
 * the same embedded stores, with every write it acknowledged, each counted once. Also: the embedded PostgreSQL does not
 * outlive the killed JVM by more than a few seconds (its watchdog, decision 0024).
 */
class CrashRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartAfterAKillHasEveryAcknowledgedWriteCountedOnce() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        long postmaster;
        try (LogbookProcess first = LogbookProcess.start("crash-first", dataDir, Map.of())) {
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    UUID id = UUID.randomUUID();
                    sent.add(id.toString());
                    try {
                        if (first.recordIntervention(id)) {
                            acknowledged.add(id.toString());
                        }
                    } catch (Exception connectionLost) {
                        return;
                    }
                }
            });
            await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 40);
            postmaster = postmasterPid();

            first.kill();
            writing.set(false);
            writer.join();
        }

        // The watchdog stops the server within seconds of its JVM's death, and removes nothing it should not.
        await("the embedded PostgreSQL to stop after its JVM's death").atMost(Duration.ofSeconds(15))
                .until(() -> ProcessHandle.of(postmaster)
                        .filter(p -> SurvivingPostmaster.isPostmasterOf(p, dataDir.resolve("postgres")))
                        .isEmpty());

        try (LogbookProcess second = LogbookProcess.start("crash-second", dataDir, Map.of())) {
            await("every acknowledged intervention listed").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(second.listedInterventionIds()).containsAll(acknowledged));
            List<String> listed = second.listedInterventionIds();
            // Counted once: no id listed twice, nothing that was never sent, and the statistics agree.
            assertThat(listed).doesNotHaveDuplicates();
            assertThat(sent).containsAll(listed);
            assertThat(listed.size()).isBetween(acknowledged.size(), acknowledged.size() + 1);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(second.countedInterventions()).isEqualTo(listed.size()));
        }
    }

    private long postmasterPid() throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        assertThat(process).isPresent();
        return pid;
    }
}
