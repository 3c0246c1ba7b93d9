package qc.logbook.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One AES-256 key per data subject (a tenant, or the worker for notes without a tenant), in the {@code keystore}
 * schema, wrapped with the {@link MasterKey}. Destroying a subject's key makes everything sealed with it unreadable,
 * in the event log, its replays and its exports alike (crypto-shredding), without touching the log itself.
 *
 * <p>Unwrapped keys are cached for {@link #CACHE_TTL} at most, so that on several nodes a destroyed key stops working
 * everywhere within that time: by id for opening (ids come from stored events, so those keys are committed), and by
 * subject for sealing, where a key enters the cache only once the transaction that created or read it has committed
 * (a key created by a transaction that rolls back never existed). The sealing cache spares every command about a known
 * subject a key-store query and an unwrap; a key destroyed on this node leaves both caches at once.
 */
public class SubjectKeyStore {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    /** A subject key and its id, as used to seal one value. */
    public record SubjectKey(UUID id, SecretKeySpec key) {
    }

    /** Keys held at once by each cache (bounded memory); evicted keys are read from the key store again. */
    static final long MAX_CACHED = 100_000;

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    /** Keys by id, for opening; empty for a destroyed key. */
    private final Cache<UUID, Optional<SecretKeySpec>> byId = cache();
    /** Live keys by subject hash, for sealing. */
    private final Cache<String, SubjectKey> liveByHash = cache();
    /**
     * Keys this node destroyed, or found destroyed, lately: never remembered for sealing again. Apart from byId, where
     * opening many other keys could evict the mark while a sealing transaction still holds the destroyed key.
     */
    private final Cache<UUID, Boolean> destroyed = cache();

    private static <K, V> Cache<K, V> cache() {
        return Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).maximumSize(MAX_CACHED).build();
    }

    public SubjectKeyStore(JdbcTemplate jdbc, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
    }

    /** The live key of a subject, created when it has none (inside the caller's transaction, if any). */
    public SubjectKey keyFor(String subject) {
        String hash = masterKey.hash(subject);
        SubjectKey cached = liveByHash.getIfPresent(hash);
        if (cached != null && !destroyedHere(cached.id())) {
            return cached;
        }
        SubjectKey key = live(hash).orElseGet(() -> create(hash));
        rememberOnceCommitted(hash, key);
        return key;
    }

    private SubjectKey create(String hash) {
        byte[] raw = MasterKey.randomBytes(32);
        UUID id = UUID.randomUUID();
        // One round trip for a new subject; when another transaction created its key meanwhile, that one is used.
        List<UUID> created = jdbc.queryForList("insert into keystore.subject_key (subject_hash, key_id, wrapped_key) "
                + "values (?, ?, ?) on conflict do nothing returning key_id", UUID.class, hash, id, masterKey.wrap(raw));
        if (!created.isEmpty()) {
            return new SubjectKey(id, new SecretKeySpec(raw, "AES"));
        }
        return live(hash).orElseThrow(() -> new IllegalStateException("Subject key could not be created"));
    }

    private void rememberOnceCommitted(String hash, SubjectKey key) {
        Runnable remember = () -> {
            if (!destroyedHere(key.id())) {
                liveByHash.put(hash, key);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember.run();
                }
            });
        } else {
            remember.run();
        }
    }

    /** Whether this node destroyed the key (or found it destroyed) within the cache's lifetime. */
    private boolean destroyedHere(UUID keyId) {
        return destroyed.getIfPresent(keyId) != null;
    }

    /** The key with this id, or empty when it was destroyed (or never existed). */
    public Optional<SecretKeySpec> keyById(UUID id) {
        Optional<SecretKeySpec> cached = byId.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        List<byte[]> rows = jdbc.query("select wrapped_key from keystore.subject_key where key_id = ?",
                (rs, i) -> rs.getBytes(1), id);
        Optional<SecretKeySpec> key = rows.isEmpty() || rows.get(0) == null
                ? Optional.empty() : Optional.of(new SecretKeySpec(masterKey.unwrap(rows.get(0)), "AES"));
        byId.put(id, key);
        if (key.isEmpty()) {
            destroyed.put(id, Boolean.TRUE);
        }
        return key;
    }

    /** The id of a subject's live key, if any. */
    public Optional<UUID> keyIdOf(String subject) {
        return live(masterKey.hash(subject)).map(SubjectKey::id);
    }

    /**
     * Whether the subject has been forgotten and not served since: it has a destroyed key and no live one. A subject
     * served again after being forgotten gets a new key, and is not forgotten any more.
     */
    public boolean forgotten(String subject) {
        Boolean forgotten = jdbc.queryForObject("select bool_or(forgotten_at is not null) and not bool_or(forgotten_at is "
                + "null) from keystore.subject_key where subject_hash = ?", Boolean.class, masterKey.hash(subject));
        return Boolean.TRUE.equals(forgotten);
    }

    public String hashOf(String subject) {
        return masterKey.hash(subject);
    }

    /** Destroys a key for good; idempotent. */
    public void destroy(UUID keyId) {
        jdbc.update("update keystore.subject_key set wrapped_key = null, forgotten_at = coalesce(forgotten_at, now()) "
                + "where key_id = ?", keyId);
        destroyed.put(keyId, Boolean.TRUE);
        byId.put(keyId, Optional.empty());
        liveByHash.asMap().values().removeIf(key -> key.id().equals(keyId));
    }

    private Optional<SubjectKey> live(String hash) {
        return jdbc.query("select key_id, wrapped_key from keystore.subject_key "
                        + "where subject_hash = ? and forgotten_at is null",
                        (rs, i) -> new SubjectKey(rs.getObject(1, UUID.class),
                                new SecretKeySpec(masterKey.unwrap(rs.getBytes(2)), "AES")), hash)
                .stream().findFirst();
    }

    byte[] seal(SubjectKey key, String field, String plaintext) {
        return MasterKey.Aead.encrypt(key.key(), plaintext.getBytes(StandardCharsets.UTF_8),
                (key.id() + ":" + field).getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> open(UUID keyId, String field, byte[] sealed) {
        return keyById(keyId).map(key -> new String(MasterKey.Aead.decrypt(key, sealed,
                (keyId + ":" + field).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }
}
