package qc.logbook.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final FakeTicker ticker = new FakeTicker();
    private final SignInThrottle throttle = new SignInThrottle(SignInProperties.defaults(), ticker);

    private static SignInThrottle.Attempt attempt(String username, String address) {
        return SignInThrottle.Attempt.of(username, address);
    }

    @Test
    void oneAccountFromOneAddressBacksOffExponentiallyAfterFiveFailuresUpToFiveMinutes() {
        SignInThrottle.Attempt attacker = attempt("w-042", "203.0.113.7");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blocked(attacker)).isZero();
            throttle.failed(attacker);
        }
        assertThat(throttle.blocked(attacker)).isZero();
        throttle.failed(attacker);
        assertThat(throttle.blocked(attacker)).isEqualTo(Duration.ofSeconds(1));
        ticker.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked(attacker)).isZero();
        throttle.failed(attacker);
        assertThat(throttle.blocked(attacker)).isEqualTo(Duration.ofSeconds(2));

        for (int i = 0; i < 30; i++) {
            ticker.advance(throttle.blocked(attacker));
            throttle.failed(attacker);
            assertThat(throttle.blocked(attacker)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        }
        assertThat(throttle.blocked(attacker)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void whenABackOffEndsOneAttemptAtATimeIsChecked() {
        SignInThrottle.Attempt attacker = attempt("w-042", "203.0.113.7");
        for (int i = 0; i < 6; i++) {
            assertThat(throttle.admit(attacker)).isZero();
            throttle.failed(attacker);
        }
        assertThat(throttle.admit(attacker)).isEqualTo(Duration.ofSeconds(1));
        ticker.advance(Duration.ofSeconds(1));
        assertThat(throttle.admit(attacker)).isZero();
        // the requests sent together with it wait for its outcome
        assertThat(throttle.admit(attacker)).isPositive();
        assertThat(throttle.admit(attacker)).isPositive();
        throttle.failed(attacker);
        assertThat(throttle.admit(attacker)).isEqualTo(Duration.ofSeconds(2));
        // an attempt whose outcome never comes holds the key for first-delay only
        ticker.advance(Duration.ofSeconds(2));
        assertThat(throttle.admit(attacker)).isZero();
        ticker.advance(Duration.ofSeconds(1));
        assertThat(throttle.admit(attacker)).isZero();
        // a success releases at once
        throttle.succeeded(attacker);
        assertThat(throttle.admit(attacker)).isZero();
        assertThat(throttle.admit(attacker)).isZero();
        // the real user, elsewhere, was never held
        assertThat(throttle.admit(attempt("w-042", "198.51.100.20"))).isZero();
    }

    @Test
    void theRealUserFromAnotherAddressIsNeverLockedOutByOneAttacker() {
        SignInThrottle.Attempt attacker = attempt("w-042", "203.0.113.7");
        SignInThrottle.Attempt user = attempt("w-042", "198.51.100.20");
        // a day of an attacker who tries again the moment the back-off lets them
        for (int i = 0; i < 300; i++) {
            ticker.advance(throttle.blocked(attacker));
            throttle.failed(attacker);
            assertThat(throttle.blocked(user)).as("after %d failures", i + 1).isZero();
        }
        assertThat(throttle.blocked(attacker)).isPositive();
        // and the attacker's own address is let in again once the window has passed
        ticker.advance(Duration.ofMinutes(5));
        assertThat(throttle.blocked(attacker)).isZero();
    }

    @Test
    void manyAddressesOnOneAccountBlockItEverywhereButForAFewMinutesAtMost() {
        for (int i = 0; i < 50; i++) {
            throttle.failed(attempt("coord-ca", "192.0.2." + i));
        }
        assertThat(throttle.blocked(attempt("coord-ca", "198.51.100.20"))).isZero();
        throttle.failed(attempt("coord-ca", "192.0.2.50"));
        Duration blocked = throttle.blocked(attempt("coord-ca", "198.51.100.20"));
        assertThat(blocked).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.blocked(attempt("other", "198.51.100.20"))).isZero();
        ticker.advance(blocked);
        assertThat(throttle.blocked(attempt("coord-ca", "198.51.100.20"))).isZero();
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottledWithoutLockingThoseAccountsElsewhere() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(attempt("user-" + i, "203.0.113.9"));
        }
        assertThat(throttle.blocked(attempt("user-20", "203.0.113.9"))).isZero();
        throttle.failed(attempt("user-20", "203.0.113.9"));
        assertThat(throttle.blocked(attempt("user-21", "203.0.113.9"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.blocked(attempt("user-1", "198.51.100.20"))).isZero();
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        for (int i = 0; i < 21; i++) {
            throttle.failed(attempt("user-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1)));
        }
        assertThat(throttle.blocked(attempt("user-99", "2001:db8:1:2:ffff::1"))).isPositive();
        assertThat(throttle.blocked(attempt("user-99", "2001:db8:1:3::1"))).isZero();
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:0:0:0:5")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInThrottle.addressKey("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void failuresAreForgottenOverTimeAndASuccessfulSignInResetsTheAccount() {
        SignInThrottle.Attempt typo = attempt("w-042", "198.51.100.20");
        for (int i = 0; i < 5; i++) {
            throttle.failed(typo);
        }
        ticker.advance(Duration.ofMinutes(10)); // two failures forgotten
        throttle.failed(typo);
        throttle.failed(typo);
        assertThat(throttle.blocked(typo)).isZero();

        throttle.succeeded(typo);
        for (int i = 0; i < 5; i++) {
            throttle.failed(typo);
        }
        assertThat(throttle.blocked(typo)).isZero();
        // a success resets the account, not its address
        assertThat(SignInThrottle.accountKey(" W-042 ")).isEqualTo(SignInThrottle.accountKey("w-042"));
    }

    @Test
    void usernamesUsedOnceAreForgottenAndMemoryIsBounded() {
        SignInProperties small = new SignInProperties(null, null, 1_000_000, 1_000_000, null, null, null, 1_000, null,
                null);
        SignInThrottle bounded = new SignInThrottle(small, ticker);
        String huge = "x".repeat(10_000);
        for (int i = 0; i < 5_000; i++) {
            bounded.failed(attempt(huge + i, "10.0." + (i / 250) + "." + (i % 250)));
        }
        assertThat(bounded.tracked()).isLessThanOrEqualTo(3_000);
        ticker.advance(Duration.ofHours(1));
        assertThat(bounded.tracked()).isZero();
    }

    @Test
    void disabledThrottlesNothing() {
        SignInThrottle off = new SignInThrottle(
                new SignInProperties(false, null, null, null, null, null, null, null, null, null), ticker);
        for (int i = 0; i < 100; i++) {
            off.failed(attempt("w-042", "203.0.113.7"));
        }
        assertThat(off.blocked(attempt("w-042", "203.0.113.7"))).isZero();
    }
}
