package qc.logbook.security.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are throttled and how much CPU password checks may take ({@code logbook.security.sign-in.*}).
 * See {@code docs/security-privacy.md}, "Failed sign-ins".
 *
 * @param enabled                    throttle failed sign-ins at all (default true)
 * @param accountAndAddressFailures  failures of one account from one client address before back-off starts
 *                                   (default 5)
 * @param addressFailures            failures from one client address, whatever the accounts, before back-off starts
 *                                   (default 20): catches an address trying many usernames
 * @param accountFailures            failures of one account from every address together before back-off starts
 *                                   (default 50): catches many addresses trying one account
 * @param firstDelay                 the first back-off; each further failure doubles it (default 1 s)
 * @param maxDelay                   the longest back-off (default 5 min): no failure locks anything out for longer
 * @param failureDecay               one counted failure is forgotten per this much time (default 5 min); keep it no
 *                                   longer than {@code max-delay}, so that one address paced by its own back-off can
 *                                   never bring an account's count across every address up to its limit
 * @param maxTracked                 at most this many accounts, addresses, and pairs of both are tracked (default
 *                                   50,000 each; least recently used forgotten first), so memory stays bounded
 * @param concurrentChecks           at most this many password checks (bcrypt) run at once; 0 means half the
 *                                   processors, at least 1 (default 0)
 * @param checkWait                  a check waits at most this long for its turn, then is refused with 503 (default
 *                                   500 ms)
 */
@ConfigurationProperties("logbook.security.sign-in")
public record SignInProperties(Boolean enabled, Integer accountAndAddressFailures, Integer addressFailures,
                               Integer accountFailures, Duration firstDelay, Duration maxDelay, Duration failureDecay,
                               Integer maxTracked, Integer concurrentChecks, Duration checkWait) {

    public SignInProperties {
        enabled = enabled == null || enabled;
        accountAndAddressFailures = positive(accountAndAddressFailures, 5, "account-and-address-failures");
        addressFailures = positive(addressFailures, 20, "address-failures");
        accountFailures = positive(accountFailures, 50, "account-failures");
        firstDelay = positive(firstDelay, Duration.ofSeconds(1), "first-delay");
        maxDelay = positive(maxDelay, Duration.ofMinutes(5), "max-delay");
        failureDecay = positive(failureDecay, Duration.ofMinutes(5), "failure-decay");
        maxTracked = positive(maxTracked, 50_000, "max-tracked");
        concurrentChecks = concurrentChecks == null || concurrentChecks == 0
                ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2)
                : positive(concurrentChecks, 1, "concurrent-checks");
        checkWait = checkWait == null ? Duration.ofMillis(500) : checkWait;
        if (firstDelay.compareTo(maxDelay) > 0) {
            throw new IllegalStateException("logbook.security.sign-in.first-delay must not exceed max-delay");
        }
        if (checkWait.isNegative()) {
            throw new IllegalStateException("logbook.security.sign-in.check-wait must not be negative");
        }
    }

    /** The defaults. */
    public static SignInProperties defaults() {
        return new SignInProperties(null, null, null, null, null, null, null, null, null, null);
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalStateException("logbook.security.sign-in." + name + " must be at least 1");
        }
        return value;
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("logbook.security.sign-in." + name + " must be positive");
        }
        return value;
    }
}
