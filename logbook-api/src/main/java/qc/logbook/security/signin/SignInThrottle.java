package qc.logbook.security.signin;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The throttle of failed sign-ins (OWASP ASVS V2.2, anti-automation), along three keys:
 * <ul>
 *   <li>an account from one client address: what a single attacker guessing one account meets first. Only that
 *       address is slowed down, so the real user, from their own address, still signs in;</li>
 *   <li>a client address, whatever the accounts: an attacker trying many usernames (IPv6 addresses count per /64,
 *       the block one subscriber usually holds);</li>
 *   <li>an account, from every address together, with a higher limit: many addresses trying one account.</li>
 * </ul>
 * Each key backs off exponentially up to a cap of a few minutes and forgets its failures over time
 * ({@link FailureCounter}); a successful sign-in forgets the failures of its account (from its address and from every
 * address), not those of its address, so that an attacker holding one account cannot wipe the count of the usernames
 * they try. Usernames are held only as SHA-256 digests, of bounded size whatever was sent.
 */
public final class SignInThrottle {

    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.%\\[\\]]+");

    private final boolean enabled;
    private final long hold;
    private final FailureCounter accountAndAddress;
    private final FailureCounter address;
    private final FailureCounter account;

    public SignInThrottle(SignInProperties properties, Ticker ticker) {
        this.enabled = properties.enabled();
        this.hold = properties.firstDelay().toNanos();
        this.accountAndAddress = counter(properties.accountAndAddressFailures(), properties, ticker);
        this.address = counter(properties.addressFailures(), properties, ticker);
        this.account = counter(properties.accountFailures(), properties, ticker);
    }

    private static FailureCounter counter(int free, SignInProperties properties, Ticker ticker) {
        return new FailureCounter(free, properties.firstDelay(), properties.maxDelay(), properties.failureDecay(),
                properties.maxTracked(), ticker);
    }

    /** One sign-in attempt: the keys it is counted under. */
    public record Attempt(String account, String address) {

        /** The attempt of {@code username} from {@code remoteAddress} ({@code request.getRemoteAddr()}). */
        public static Attempt of(String username, String remoteAddress) {
            return new Attempt(accountKey(username), addressKey(remoteAddress));
        }

        String pair() {
            return account + '|' + address;
        }
    }

    /** How long the attempt must wait before its password is checked at all; zero when it may go ahead. */
    public Duration blocked(Attempt attempt) {
        if (!enabled) {
            return Duration.ZERO;
        }
        long nanos = Math.max(accountAndAddress.blockedNanos(attempt.pair()),
                Math.max(address.blockedNanos(attempt.address()), account.blockedNanos(attempt.account())));
        return Duration.ofNanos(nanos);
    }

    /**
     * Like {@link #blocked}, for an attempt about to have its password checked: when zero, the attempt goes ahead, and
     * each key that its failure would block admits no other attempt until its outcome is known ({@link #failed},
     * {@link #succeeded}) or {@code first-delay} has passed.
     */
    public Duration admit(Attempt attempt) {
        if (!enabled) {
            return Duration.ZERO;
        }
        Duration blocked = blocked(attempt);
        if (!blocked.isZero()) {
            return blocked;
        }
        long nanos = Math.max(accountAndAddress.admit(attempt.pair(), hold),
                Math.max(address.admit(attempt.address(), hold), account.admit(attempt.account(), hold)));
        return Duration.ofNanos(nanos);
    }

    /** Counts a failed sign-in. */
    public void failed(Attempt attempt) {
        if (!enabled) {
            return;
        }
        accountAndAddress.failed(attempt.pair());
        address.failed(attempt.address());
        account.failed(attempt.account());
    }

    /** A successful sign-in: its account starts afresh (its address does not). */
    public void succeeded(Attempt attempt) {
        accountAndAddress.reset(attempt.pair());
        account.reset(attempt.account());
        address.release(attempt.address());
    }

    /** How many keys are tracked now, all kinds together. */
    public long tracked() {
        return accountAndAddress.tracked() + address.tracked() + account.tracked();
    }

    /**
     * The key of a username: trimmed (as the sign-in form does) and lower-cased, so that "W-042" and "w-042 " share
     * one count, then digested, so that a megabyte-long username costs no more memory than any other.
     */
    static String accountKey(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The key of a client address: IPv4 as is, IPv6 by its /64 prefix. */
    static String addressKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isEmpty()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') < 0 || !ADDRESS_LITERAL.matcher(remoteAddress).matches()) {
            return remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
        }
        try {
            String literal = remoteAddress.startsWith("[") ? remoteAddress.substring(1, remoteAddress.length() - 1)
                    : remoteAddress;
            int zone = literal.indexOf('%');
            // a literal, so no name is looked up
            byte[] bytes = InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone)).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
