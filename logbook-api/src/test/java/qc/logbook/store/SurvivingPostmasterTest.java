package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock file left by a crashed server is handled without ever touching a process that is not that server. */
class SurvivingPostmasterTest {

    @TempDir
    Path dataDir;

    @Test
    void removesALockFileWhoseServerIsGone() throws IOException {
        Process gone = new ProcessBuilder("true").start();
        gone.onExit().join();
        lockFile(gone.pid(), dataDir);

        SurvivingPostmaster.release(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leavesAProcessThatReusedTheServersPidAlone() throws IOException {
        // This very JVM plays the program that got the dead server's pid: it must neither be signalled nor stop
        // the start, and the lock file is stale.
        long reused = ProcessHandle.current().pid();
        lockFile(reused, dataDir);

        SurvivingPostmaster.release(dataDir);

        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        assertThat(SurvivingPostmaster.isPostmasterOf(ProcessHandle.current(), dataDir)).isFalse();
    }

    @Test
    void aLockFileNamingAnotherDirectoryIsNotTakenForThisOnesServer() throws IOException {
        Path elsewhere = Files.createDirectories(dataDir.resolve("elsewhere"));
        lockFile(ProcessHandle.current().pid(), elsewhere, dataDir);

        SurvivingPostmaster.release(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    private static void lockFile(long pid, Path dir) throws IOException {
        lockFile(pid, dir, dir);
    }

    /** PostgreSQL's postmaster.pid: pid, data directory, start time, port, socket directory, listen address… */
    private static void lockFile(long pid, Path recordedDir, Path in) throws IOException {
        Files.writeString(in.resolve("postmaster.pid"), pid + "\n" + recordedDir + "\n1796119530\n45909\n/tmp\n"
                + "localhost\n  2148593        24\nready   \n");
    }
}
