package qc.logbook.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordCheckLimiterTest {

    /** A password check that takes as long as the test wants, and records how many run at once. */
    static final class LatchEncoder implements PasswordEncoder {

        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch started;

        LatchEncoder(int expectedStarts) {
            started = new CountDownLatch(expectedStarts);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return "encoded";
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            calls.incrementAndGet();
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return "right".contentEquals(rawPassword);
        }
    }

    @Test
    void neverRunsMoreThanItsLimitAtOnceAndRefusesWhatCannotWait() throws Exception {
        PasswordCheckLimiter limiter = new PasswordCheckLimiter(2, Duration.ofSeconds(30));
        LatchEncoder slow = new LatchEncoder(2);
        PasswordEncoder bounded = limiter.bound(slow);
        ExecutorService clients = Executors.newFixedThreadPool(17);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                checks.add(clients.submit(() -> bounded.matches("wrong", "hash")));
            }
            assertThat(slow.started.await(10, TimeUnit.SECONDS)).isTrue();
            // everyone else is queued now, behind the two running checks
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (limiter.waiting() < 14 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(limiter.waiting()).isEqualTo(14);
            assertThat(limiter.running()).isEqualTo(2);
            assertThat(slow.running.get()).isEqualTo(2);

            PasswordCheckLimiter impatient = new PasswordCheckLimiter(1, Duration.ofMillis(20));
            LatchEncoder held = new LatchEncoder(1);
            Future<Boolean> holder = clients.submit(() -> impatient.bound(held).matches("right", "hash"));
            assertThat(held.started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> impatient.bound(held).matches("wrong", "hash"))
                    .isInstanceOf(PasswordChecksBusyException.class);
            assertThat(held.calls.get()).isEqualTo(1);
            held.release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();

            slow.release.countDown();
            for (Future<Boolean> check : checks) {
                assertThat(check.get(10, TimeUnit.SECONDS)).isFalse();
            }
            assertThat(slow.mostAtOnce.get()).isEqualTo(2);
            assertThat(slow.calls.get()).isEqualTo(16);
            assertThat(limiter.checks()).isEqualTo(16);
            assertThat(limiter.running()).isZero();
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void defaultsToHalfTheProcessorsAndAtLeastOne() {
        assertThat(SignInProperties.defaults().concurrentChecks())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }
}
