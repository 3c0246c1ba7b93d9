package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-model store's commits for the processors' transactions: every write made before a call is durable when it
 * returns, and callers that wait while a commit runs share the next one.
 */
class StoreCommitGroupingTest {

    @TempDir
    Path dir;

    @Test
    void callersThatWaitedForARunningCommitShareTheNextOneAndLoseNothing() throws Exception {
        Path file = dir.resolve("mongo.mv");
        MVStore mv = MVStore.open(file.toString());
        mv.setAutoCommitDelay(0); // no commit of H2's own: only the calls' commits make the writes durable
        StoreExclusion exclusion = new StoreExclusion();
        EmbeddedReadModelStore store = new EmbeddedReadModelStore(mv, exclusion);
        MVMap<String, String> documents = mv.openMap("documents");

        // a compaction slice holds the store: the first caller's commit waits inside, the others behind it
        CountDownLatch sliceRunning = new CountDownLatch(1);
        CountDownLatch sliceMayEnd = new CountDownLatch(1);
        Thread slice = new Thread(() -> exclusion.exclusive(Duration.ofSeconds(10), () -> {
            sliceRunning.countDown();
            awaitQuietly(sliceMayEnd);
        }));
        slice.start();
        sliceRunning.await(5, TimeUnit.SECONDS);

        Thread first = writeThenCommit(store, documents, "first");
        await().atMost(Duration.ofSeconds(5)).until(() -> first.getState() == Thread.State.WAITING
                || first.getState() == Thread.State.TIMED_WAITING);
        List<Thread> others = List.of(writeThenCommit(store, documents, "second"),
                writeThenCommit(store, documents, "third"), writeThenCommit(store, documents, "fourth"));
        await().atMost(Duration.ofSeconds(5)).until(() -> store.commitCalls() == 4);
        sliceMayEnd.countDown();
        slice.join(5_000);
        first.join(5_000);
        for (Thread other : others) {
            other.join(5_000);
        }

        assertThat(store.commits()).as("file commits for 4 calls").isBetween(1L, 2L);
        mv.closeImmediately(); // what a crash leaves: the committed writes only
        try (MVStore reopened = MVStore.open(file.toString())) {
            assertThat(reopened.<String, String>openMap("documents"))
                    .containsOnlyKeys("first", "second", "third", "fourth");
        }
    }

    @Test
    void aCallAfterACommitCommitsAgain() {
        MVStore mv = MVStore.open(dir.resolve("sequential.mv").toString());
        EmbeddedReadModelStore store = new EmbeddedReadModelStore(mv, new StoreExclusion());
        MVMap<String, String> documents = mv.openMap("documents");
        for (int i = 0; i < 3; i++) {
            documents.put("doc-" + i, "v");
            store.commit();
        }
        assertThat(store.commits()).isEqualTo(3);
        mv.close();
    }

    private static Thread writeThenCommit(EmbeddedReadModelStore store, MVMap<String, String> documents,
                                          String key) {
        Thread thread = new Thread(() -> {
            documents.put(key, "written before its commit");
            store.commit();
        }, "commit-" + key);
        thread.start();
        return thread;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
