package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsEncoderTest {

    /** bcrypt at its lowest cost, counting how often it is really asked. */
    private static final class CountingBcrypt implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountingBcrypt bcrypt = new CountingBcrypt();
    private final VerifiedCredentialsEncoder encoder = new VerifiedCredentialsEncoder(bcrypt);
    private final String hash = encoder.encode("correct horse");

    @Test
    void a_verified_password_is_checked_with_bcrypt_once() {
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isTrue();

        assertThat(bcrypt.checks).hasValue(1);
        assertThat(encoder.size()).isEqualTo(1);
    }

    @Test
    void a_password_verified_on_one_thread_is_remembered_on_every_other() throws Exception {
        assertThat(encoder.matches("correct horse", hash)).isTrue();

        // each thread computes fingerprints with a MAC of its own, under the same process key
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = i % 2 == 0 ? "correct horse" : "wrong";
                checks.add(threads.submit(() -> encoder.matches(password, hash)));
            }
            for (int i = 0; i < checks.size(); i++) {
                assertThat(checks.get(i).get()).isEqualTo(i % 2 == 0);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(bcrypt.checks).hasValue(1 + 20); // the first check, then only the wrong passwords
        assertThat(encoder.size()).isEqualTo(1);
    }

    @Test
    void a_wrong_password_always_pays_bcrypt_and_is_never_remembered() {
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("wrong", hash)).isFalse();

        assertThat(bcrypt.checks).hasValue(2);
        assertThat(encoder.size()).isZero();
    }

    @Test
    void a_verified_password_does_not_open_another_hash() {
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        String changed = encoder.encode("battery staple");

        assertThat(encoder.matches("correct horse", changed)).isFalse();
        assertThat(encoder.matches("battery staple", changed)).isTrue();
        assertThat(bcrypt.checks).hasValue(3);
    }

    @Test
    void a_prefix_of_the_password_is_not_accepted() {
        assertThat(encoder.matches("correct horse", hash)).isTrue();

        assertThat(encoder.matches("correct hors", hash)).isFalse();
        assertThat(encoder.matches("correct horse ", hash)).isFalse();
    }

    @Test
    void encoding_is_bcrypt() {
        assertThat(hash).startsWith("$2a$04$");
        assertThat(new BCryptPasswordEncoder().matches("correct horse", hash)).isTrue();
    }
}
