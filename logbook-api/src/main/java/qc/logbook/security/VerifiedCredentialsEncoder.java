package qc.logbook.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A bcrypt encoder that remembers, for a few minutes, the credentials it has just verified. The API is stateless and
 * HTTP Basic sends the password with every request: checking bcrypt each time (tens of milliseconds of CPU at
 * production cost) would make authentication the most expensive part of every write. This is the pattern of
 * Elasticsearch's realm cache:
 * <ul>
 *   <li>only successful checks are remembered, so a wrong password always pays the full bcrypt cost (brute force stays
 *       as slow as bcrypt makes it);</li>
 *   <li>what is remembered is an HMAC-SHA-256 of the stored hash and the presented password under a random key that
 *       lives only in this process's memory: neither the password nor anything that can be checked offline against a
 *       guess is kept;</li>
 *   <li>the stored hash is part of the key, so a changed password stops matching at once; entries expire after
 *       {@link #TIME_TO_LIVE} and at most {@link #MAXIMUM_ENTRIES} are held.</li>
 * </ul>
 * Encoding new passwords is left to the delegate.
 */
final class VerifiedCredentialsEncoder implements PasswordEncoder {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final long MAXIMUM_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final SecretKeySpec processKey;
    private final Cache<String, Boolean> verified;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    VerifiedCredentialsEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.processKey = new SecretKeySpec(key, "HmacSHA256");
        this.verified = Caffeine.newBuilder().expireAfterWrite(TIME_TO_LIVE).maximumSize(MAXIMUM_ENTRIES).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (verified.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many verified credentials are remembered now (for tests and metrics). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        Mac mac = macs.get(); // doFinal leaves it ready for the next fingerprint under the same key
        mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    /**
     * A MAC under the process key, one per thread ({@link Mac} is not thread-safe), so that a request neither looks
     * the algorithm up nor keys it again.
     */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(processKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
