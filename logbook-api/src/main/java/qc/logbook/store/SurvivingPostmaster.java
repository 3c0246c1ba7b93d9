package qc.logbook.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new start finds in the embedded PostgreSQL's data directory after the previous JVM died without stopping
 * its server (kill -9, power cut, OOM killer): PostgreSQL's lock file {@code postmaster.pid}, whose first line is the
 * postmaster's pid and second line its data directory, and possibly that postmaster itself, still running.
 * <p>
 * A surviving postmaster <em>of this data directory</em> is stopped as PostgreSQL intends (fast shutdown: clients
 * disconnected, a checkpoint written) before the new server starts, so that there are never two servers on one
 * directory and the new one comes up at the first start. A process is only ever signalled when it is verifiably
 * that postmaster: its executable is {@code postgres} and, where the operating system tells (Linux's
 * {@code /proc/<pid>/cmdline}, read through {@link ProcessHandle.Info}), its {@code -D} argument is this directory.
 * A pid reused by another program is never touched: the lock file is then stale and removed, as PostgreSQL would
 * remove it itself if it could see the pid was not its own (PostgreSQL also refuses to start when a process of the
 * old server still holds the directory's shared memory, a second interlock this class does not replace).
 */
final class SurvivingPostmaster {

    private static final Logger log = LoggerFactory.getLogger(SurvivingPostmaster.class);

    /** A fast shutdown of an idle server takes well under a second; a checkpoint after heavy writes can take more. */
    private static final Duration CLEAN_STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private SurvivingPostmaster() {
    }

    /**
     * Makes {@code dataDir} free for a new server: stops a postmaster of this directory that outlived its JVM, and
     * removes a lock file that no running postmaster holds.
     *
     * @throws IllegalStateException when a postmaster of this directory is running and could not be stopped
     */
    static void release(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : pid(lines.get(0))
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        String recordedDir = lines.size() > 1 ? lines.get(1).trim() : "";
        if (process.isEmpty()) {
            log.warn("Removing stale PostgreSQL lock file {}: its server is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = process.get();
        if (!samePath(recordedDir, dataDir) || !isPostmasterOf(postmaster, dataDir)) {
            // The pid was reused by another program (or the directory was copied with its lock file): not ours.
            log.warn("Removing stale PostgreSQL lock file {}: pid {} is not a PostgreSQL server of this directory",
                    pidFile, postmaster.pid());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("An embedded PostgreSQL (pid {}) outlived the process that started it; stopping it before starting"
                + " a new one on {}", postmaster.pid(), dataDir);
        stop(postmaster, dataDir);
        // A fast shutdown removes the lock file; a SIGKILLed server leaves it behind.
        Files.deleteIfExists(pidFile);
    }

    /**
     * The process's executable is PostgreSQL's server and, when its arguments are known, its data directory is
     * {@code dataDir}.
     */
    static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        if (command.isEmpty()) {
            return false;
        }
        String executable = Path.of(command.get()).getFileName().toString();
        if (!executable.equals("postgres") && !executable.equals("postgres.exe")) {
            return false;
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isEmpty()) {
            // Some systems hide other processes' arguments; the executable and the lock file's own record of the
            // data directory (checked by the caller) are then all there is to go on.
            return true;
        }
        List<String> args = Arrays.asList(arguments.get());
        int flag = args.indexOf("-D");
        return flag >= 0 && flag + 1 < args.size() && samePath(args.get(flag + 1), dataDir);
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) {
        // SIGINT is PostgreSQL's fast shutdown (pg_ctl stop -m fast sends just that, but refuses to run as root).
        // Java can only send SIGTERM, PostgreSQL's smart shutdown, which waits for every client to leave: the dead
        // JVM's connections are gone, but another node's would keep it waiting.
        if (!signal("INT", postmaster.pid())) {
            postmaster.destroy();
        }
        if (exited(postmaster, dataDir, CLEAN_STOP_WAIT)) {
            log.info("The surviving embedded PostgreSQL (pid {}) has stopped", postmaster.pid());
            return;
        }
        // Last resort, and only while the pid is still verifiably that postmaster.
        if (postmaster.isAlive() && isPostmasterOf(postmaster, dataDir)) {
            log.warn("The surviving embedded PostgreSQL (pid {}) did not stop within {}; killing it",
                    postmaster.pid(), CLEAN_STOP_WAIT);
            postmaster.destroyForcibly();
            if (exited(postmaster, dataDir, KILL_WAIT)) {
                return;
            }
        }
        if (postmaster.isAlive() && isPostmasterOf(postmaster, dataDir)) {
            throw new IllegalStateException("A PostgreSQL server (pid " + postmaster.pid()
                    + ") still runs on " + dataDir + " and could not be stopped; stop it, then start again");
        }
    }

    /** Sends a signal through the shell's built-in {@code kill}, present wherever there is a POSIX shell. */
    private static boolean signal(String signal, long pid) {
        Path shell = Path.of("/bin/sh");
        if (!Files.isExecutable(shell)) {
            return false;
        }
        try {
            Process kill = new ProcessBuilder(shell.toString(), "-c", "kill -" + signal + " \"$1\"", "sh",
                    Long.toString(pid)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            log.warn("Could not signal the surviving PostgreSQL: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The pid a running postmaster wrote in its lock file, once it is verifiably that postmaster. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        return lines.isEmpty() ? Optional.empty() : pid(lines.get(0)).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive).filter(process -> isPostmasterOf(process, dataDir));
    }

    /**
     * Polls rather than waiting on {@link ProcessHandle#onExit()}: the postmaster is no child of this JVM, and where
     * pid 1 does not reap orphans (some containers) it stays a zombie, alive to {@code kill(pid, 0)} but no longer
     * a server (a zombie has no command line).
     */
    private static boolean exited(ProcessHandle process, Path dataDir, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (process.isAlive() && isPostmasterOf(process, dataDir)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Optional<Long> pid(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(trimmed));
    }

    private static boolean samePath(String recorded, Path dataDir) {
        if (recorded.isEmpty()) {
            return false;
        }
        try {
            Path a = Path.of(recorded);
            return Files.exists(a) && Files.isSameFile(a, dataDir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
