package qc.logbook.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every subject key and derives subject hashes. It never enters a database: it comes from
 * {@code logbook.privacy.master-key} (base64 of 32 bytes, e.g. from a secret manager) or, for the embedded default,
 * from a file {@code master.key} in the data directory, created on first start with owner-only permissions.
 */
public final class MasterKey {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /** An initialised HMAC per thread: looking the algorithm up and keying it took longer than hashing a subject. */
    private final ThreadLocal<Mac> hmac;

    private MasterKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("The master key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        SecretKeySpec hmacKey = new SecretKeySpec(bytes, "HmacSHA256");
        this.hmac = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(hmacKey);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static MasterKey fromBase64(String base64) {
        return new MasterKey(Base64.getDecoder().decode(base64.trim()));
    }

    /** Reads the key file, or creates it with a random key. */
    public static MasterKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] bytes = randomBytes(32);
                Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions protect it
                }
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keyed hash of a subject, so the key store can find a subject's key without holding the subject. */
    public String hash(String subject) {
        // doFinal resets the MAC for the next subject
        return HexFormat.of().formatHex(hmac.get().doFinal(subject.getBytes(StandardCharsets.UTF_8)));
    }

    byte[] wrap(byte[] subjectKey) {
        return Aead.encrypt(key, subjectKey, "subject-key".getBytes(StandardCharsets.US_ASCII));
    }

    byte[] unwrap(byte[] wrapped) {
        return Aead.decrypt(key, wrapped, "subject-key".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** AES-GCM with a random 96-bit IV stored in front of the ciphertext, and associated data bound in. */
    static final class Aead {

        /** One cipher object per thread, re-initialised with a fresh IV for every value (never an IV twice). */
        private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
            try {
                return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });

        private Aead() {
        }

        static byte[] encrypt(SecretKeySpec key, byte[] plaintext, byte[] associatedData) {
            try {
                byte[] iv = randomBytes(IV_BYTES);
                Cipher cipher = CIPHER.get();
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
                cipher.updateAAD(associatedData);
                byte[] ciphertext = cipher.doFinal(plaintext);
                byte[] out = new byte[IV_BYTES + ciphertext.length];
                System.arraycopy(iv, 0, out, 0, IV_BYTES);
                System.arraycopy(ciphertext, 0, out, IV_BYTES, ciphertext.length);
                return out;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Encryption failed", e);
            }
        }

        static byte[] decrypt(SecretKeySpec key, byte[] data, byte[] associatedData) {
            try {
                Cipher cipher = CIPHER.get();
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
                cipher.updateAAD(associatedData);
                return cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Decryption failed", e);
            }
        }
    }
}
