package qc.logbook.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Who may use the embedded store's file at a time: any number of commands, queries and commits together ({@link
 * #shared}), or one compaction slice alone ({@link #exclusive}). A slice frees the chunks whose pages it rewrote at
 * once, which is safe only while no command reads an older version of the maps and nothing else commits; holding the
 * store alone also keeps H2's background writer out (decision 0030). Fair, so that a waiting compaction slice is not
 * starved by a stream of commands, and commands queue behind it for no longer than one slice.
 */
final class StoreExclusion {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    <T> T shared(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void shared(Runnable work) {
        shared(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} with nothing else in the store, once every command already running has ended; gives up
     * (returns false) when that takes longer than {@code wait}. Not from a thread inside a command.
     */
    boolean exclusive(Duration wait, Runnable work) {
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("an exclusive use of the store from inside a shared one would never start");
        }
        try {
            if (!lock.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
