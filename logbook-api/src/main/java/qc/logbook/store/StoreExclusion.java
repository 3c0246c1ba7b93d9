package qc.logbook.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Who may use the embedded store's file at a time: any number of commands, queries and commits together ({@link
 * #shared}), or one compaction slice alone ({@link #exclusive}). H2's compaction moves chunks within the file and is
 * safe only when nothing else commits meanwhile. Fair, so that a waiting compaction slice is not starved by a stream of
 * commands, and commands queue behind it for no longer than one slice.
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
        lock.readLock().lock();
        try {
            work.run();
        } finally {
            lock.readLock().unlock();
        }
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
