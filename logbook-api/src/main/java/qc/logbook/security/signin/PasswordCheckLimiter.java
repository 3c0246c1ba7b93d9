package qc.logbook.security.signin;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bounds the CPU that password checks may take: at most {@code concurrent-checks} bcrypt checks run at once (by
 * default half the processors, at least one), a check waits its turn at most {@code check-wait}, then is refused
 * ({@link PasswordChecksBusyException}, answered 503 with {@code Retry-After}) instead of queueing without limit.
 * So a crowd of clients sending wrong passwords cannot take every core from the users already signed in.
 * <p>
 * Wrap the encoder that really runs bcrypt, inside {@code VerifiedCredentialsEncoder}: credentials verified a moment
 * ago are answered from its cache and never wait here. Encoding (new passwords, chosen by signed-in people) is not
 * bounded.
 */
public final class PasswordCheckLimiter {

    private final Semaphore permits;
    private final int limit;
    private final long waitNanos;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong checks = new AtomicLong();

    public PasswordCheckLimiter(int concurrentChecks, Duration wait) {
        this.limit = concurrentChecks;
        this.permits = new Semaphore(concurrentChecks, true);
        this.waitNanos = wait.toNanos();
    }

    /** {@code delegate}, its checks bounded by this limiter. */
    public PasswordEncoder bound(PasswordEncoder delegate) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return delegate.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return limited(() -> delegate.matches(rawPassword, encodedPassword));
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return delegate.upgradeEncoding(encodedPassword);
            }

            @Override
            public String toString() {
                return "at most " + limit + " at once: " + delegate;
            }
        };
    }

    /** How many checks may run at once. */
    public int limit() {
        return limit;
    }

    /** How many checks run now. */
    public int running() {
        return running.get();
    }

    /** How many checks ran (or run now) since start. */
    public long checks() {
        return checks.get();
    }

    /** How many checks wait for their turn now (an estimate). */
    public int waiting() {
        return permits.getQueueLength();
    }

    private <T> T limited(java.util.function.Supplier<T> check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordChecksBusyException();
        }
        if (!acquired) {
            throw new PasswordChecksBusyException();
        }
        checks.incrementAndGet();
        running.incrementAndGet();
        try {
            return check.get();
        } finally {
            running.decrementAndGet();
            permits.release();
        }
    }
}
