package qc.logbook.security.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Failed sign-ins counted under one kind of key (an account, an address, or both), with exponential back-off:
 * the first {@code free} failures cost nothing, each one after them blocks the key for {@code firstDelay} doubled
 * per further failure, never longer than {@code maxDelay}. One counted failure is forgotten per {@code decay}, so a
 * key left alone recovers by itself. A key is forgotten once it blocks nothing and counts nothing; at most
 * {@code maxTracked} keys are held (least recently used evicted first), so memory stays bounded whatever the number
 * of usernames or addresses an attacker tries.
 * <p>
 * A key whose next failure would block it admits one attempt at a time ({@link #admit}): the others wait for that
 * one's outcome, so that requests sent together when a back-off ends do not all get their guess.
 */
final class FailureCounter {

    /** Beyond this every cap is reached anyway. */
    private static final int MAX_DOUBLINGS = 40;

    private final int free;
    private final long firstDelay;
    private final long maxDelay;
    private final long decay;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    FailureCounter(int free, Duration firstDelay, Duration maxDelay, Duration decay, long maxTracked, Ticker ticker) {
        this.free = free;
        this.firstDelay = firstDelay.toNanos();
        this.maxDelay = maxDelay.toNanos();
        this.decay = decay.toNanos();
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(maxTracked)
                .expireAfter(new Expiry<String, Failures>() {
                    @Override
                    public long expireAfterCreate(String key, Failures value, long now) {
                        return value.lifetime(now);
                    }

                    @Override
                    public long expireAfterUpdate(String key, Failures value, long now, long current) {
                        return value.lifetime(now);
                    }

                    @Override
                    public long expireAfterRead(String key, Failures value, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** How long {@code key} is still blocked, zero if it is not. */
    long blockedNanos(String key) {
        Failures found = failures.getIfPresent(key);
        return found == null ? 0 : Math.max(0, found.until() - ticker.read());
    }

    /**
     * Lets an attempt of {@code key} go ahead (answers zero) or not (answers how long it is still blocked). When the
     * attempt's failure would block the key, the key is held for {@code hold} (or until {@link #failed},
     * {@link #reset} or {@link #release}): the attempts that come meanwhile are refused as if it were blocked.
     */
    long admit(String key, long hold) {
        long now = ticker.read();
        long[] blocked = {0};
        failures.asMap().computeIfPresent(key, (k, found) -> {
            if (found.until() > now) {
                blocked[0] = found.until() - now;
                return found;
            }
            if (found.decayed(now) + 1 > free) {
                return new Failures(found.count, found.updated, found.blockedUntil, now + hold);
            }
            return found;
        });
        return blocked[0];
    }

    /** Ends the hold of {@link #admit} on {@code key}, its failures still counted. */
    void release(String key) {
        failures.asMap().computeIfPresent(key,
                (k, found) -> found.heldUntil == 0 ? found : new Failures(found.count, found.updated,
                        found.blockedUntil, 0));
    }

    /** Counts one failure of {@code key}; answers how long it is now blocked (zero while under its free failures). */
    long failed(String key) {
        long now = ticker.read();
        Failures updated = failures.asMap().compute(key, (k, previous) -> {
            double count = (previous == null ? 0 : previous.decayed(now)) + 1;
            long blockedUntil = previous == null ? now : previous.blockedUntil;
            if (count > free) {
                int doublings = (int) Math.min(MAX_DOUBLINGS, Math.ceil(count) - free - 1);
                double doubled = firstDelay * Math.pow(2, doublings);
                long delay = doubled >= maxDelay ? maxDelay : (long) doubled;
                blockedUntil = Math.max(blockedUntil, now + delay);
            }
            return new Failures(count, now, blockedUntil, 0);
        });
        return Math.max(0, updated.blockedUntil - now);
    }

    /** Forgets every failure of {@code key}. */
    void reset(String key) {
        failures.invalidate(key);
    }

    /** How many failures of {@code key} still count now (for tests). */
    double count(String key) {
        Failures found = failures.getIfPresent(key);
        return found == null ? 0 : found.decayed(ticker.read());
    }

    /** How many keys are tracked now. */
    long tracked() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private final class Failures {

        final double count;
        final long updated;
        final long blockedUntil;
        /** While an admitted attempt that would block the key is under way (0: none). */
        final long heldUntil;

        Failures(double count, long updated, long blockedUntil, long heldUntil) {
            this.count = count;
            this.updated = updated;
            this.blockedUntil = blockedUntil;
            this.heldUntil = heldUntil;
        }

        long until() {
            return Math.max(blockedUntil, heldUntil);
        }

        double decayed(long now) {
            return Math.max(0, count - (double) (now - updated) / decay);
        }

        /** Until the block has passed and every failure is forgotten. */
        long lifetime(long now) {
            long forgotten = (long) Math.min(Long.MAX_VALUE / 4, Math.ceil(count * decay)) - (now - updated);
            return Math.max(1, Math.max(until() - now, forgotten));
        }
    }
}
