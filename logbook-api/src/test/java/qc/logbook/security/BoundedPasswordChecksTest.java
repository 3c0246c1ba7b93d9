package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import qc.logbook.security.signin.PasswordCheckLimiter;
import qc.logbook.security.signin.PasswordChecksBusyException;

/** The encoder as SecurityConfiguration builds it: remembered credentials outside, bounded bcrypt inside. */
class BoundedPasswordChecksTest {

    @Test
    void signedInUsersAreAnsweredFromTheCacheWhileEveryBcryptCheckIsTaken() throws Exception {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder slowBcrypt = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if ("attacker's guess".contentEquals(raw)) {
                    started.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return bcrypt.matches(raw, encoded);
            }
        };
        PasswordCheckLimiter limiter = new PasswordCheckLimiter(1, Duration.ofMillis(20));
        PasswordEncoder encoder = new VerifiedCredentialsEncoder(limiter.bound(slowBcrypt));
        String hash = encoder.encode("the user's password");
        assertThat(encoder.matches("the user's password", hash)).isTrue();

        ExecutorService attacker = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> guess = attacker.submit(() -> encoder.matches("attacker's guess", hash));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(encoder.matches("the user's password", hash)).isTrue();
            assertThatThrownBy(() -> encoder.matches("another guess", hash))
                    .isInstanceOf(PasswordChecksBusyException.class);
            release.countDown();
            assertThat(guess.get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(limiter.checks()).isEqualTo(2);
        } finally {
            attacker.shutdownNow();
        }
    }
}
