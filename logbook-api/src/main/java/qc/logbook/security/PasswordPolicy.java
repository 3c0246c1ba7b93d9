package qc.logbook.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import qc.logbook.domain.RuleViolation;

/**
 * What a password must be: 12 to 64 characters, at most 72 bytes in UTF-8 (bcrypt ignores what lies beyond, and
 * Spring Security refuses it), and not containing the username. Length is what makes a password hard to guess; rules
 * on character classes mostly make people write them down (NIST SP 800-63B). Generated passwords have 144 random bits.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Refuses {@code password} (checked as the request field {@code field}) if it breaks the policy. */
    static void check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw RuleViolation.invalid(field, "password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw RuleViolation.invalid(field, "password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw RuleViolation.invalid(field, "password.too-long", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw RuleViolation.invalid(field, "password.contains-username");
        }
    }

    /** A random password of 24 characters (URL-safe Base64 of 18 random bytes). */
    static String generate() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** A new pseudonymous account id: {@code W-} and 12 random base32 characters (60 bits). */
    static String newAccountId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder id = new StringBuilder("W-");
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
