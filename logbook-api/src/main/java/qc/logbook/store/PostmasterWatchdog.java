package qc.logbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded PostgreSQL from outliving the JVM that started it (decision 0024). A shutdown hook cannot do it:
 * nothing of the JVM runs after {@code kill -9} or the OOM killer. What does survive is the operating system's own
 * bookkeeping: when a process dies, however it dies, the kernel closes its file descriptors. The watchdog is a tiny
 * shell whose standard input is a pipe from this JVM; it blocks reading it, and when the read ends (the JVM is gone)
 * it asks the postmaster for a fast shutdown (SIGINT), then an immediate one (SIGQUIT) if it is still there after ten
 * seconds, and only ever after checking that the pid still is PostgreSQL's server of this data directory.
 * <p>
 * On a clean stop the watchdog is stopped first, and the server then by zonky. Where no POSIX shell exists
 * (Windows), there is no watchdog, and the next start stops the surviving server instead ({@link SurvivingPostmaster}).
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

    private static final String SCRIPT = """
            pid="$1"; dir="$2"
            while read -r _; do :; done
            ours() {
              if [ -d /proc ]; then
                [ -r "/proc/$pid/cmdline" ] && tr '\\000' '\\n' < "/proc/$pid/cmdline" | grep -qxF -- "$dir"
              else
                ps -o command= -p "$pid" 2>/dev/null | grep -qF -- "-D $dir"
              fi
            }
            ours && kill -INT "$pid"
            i=0
            while [ "$i" -lt 100 ] && ours; do sleep 0.1; i=$((i + 1)); done
            ours && kill -QUIT "$pid"
            exit 0
            """;

    /** Held, never written: the pipe's write end, which only this JVM's death or {@link #close()} closes. */
    private final Process watchdog;

    private PostmasterWatchdog(Process watchdog) {
        this.watchdog = watchdog;
    }

    /** Starts a watchdog for the postmaster {@code pid} of {@code dataDir}, or none where no POSIX shell exists. */
    static PostmasterWatchdog watch(long pid, Path dataDir) {
        if (pid <= 0) {
            log.warn("The embedded PostgreSQL's pid is unknown: it is not watched; after a crash the next start"
                    + " stops it");
            return new PostmasterWatchdog(null);
        }
        Path shell = Path.of("/bin/sh");
        if (!Files.isExecutable(shell)) {
            log.info("No /bin/sh: the embedded PostgreSQL is not watched; after a crash the next start stops it");
            return new PostmasterWatchdog(null);
        }
        try {
            Process process = new ProcessBuilder(shell.toString(), "-c", SCRIPT, "logbook-postmaster-watchdog",
                    Long.toString(pid), dataDir.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            log.debug("Embedded PostgreSQL {} watched by process {}", pid, process.pid());
            return new PostmasterWatchdog(process);
        } catch (IOException e) {
            log.warn("Could not start the embedded PostgreSQL's watchdog: {}", e.getMessage());
            return new PostmasterWatchdog(null);
        }
    }

    /** Whether a watchdog process runs (for tests and the log). */
    boolean isWatching() {
        return watchdog != null && watchdog.isAlive();
    }

    /** Stops the watchdog without letting it act: the server is being stopped by its owner. */
    @Override
    public void close() {
        if (watchdog != null) {
            // SIGTERM ends the shell while it blocks on its read, before it could signal anything.
            watchdog.destroy();
        }
    }
}
