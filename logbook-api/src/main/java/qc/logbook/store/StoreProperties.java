package qc.logbook.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded default stores keep their files.
 *
 * @param dataDir  directory holding {@code postgres/} and {@code mongo.mv}; created when missing
 * @param cacheMib the embedded read-model store's page cache, in MiB of heap (H2's own default is 16): pages read
 *                 from the file or written by a commit are kept there, parsed
 */
@ConfigurationProperties("logbook.store")
public record StoreProperties(Path dataDir, Integer cacheMib) {

    /** Enough for the cells, indexes and recent documents the projections rewrite at 1,000,000 events. */
    public static final int DEFAULT_CACHE_MIB = 128;

    public StoreProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        cacheMib = cacheMib == null ? DEFAULT_CACHE_MIB : cacheMib;
        if (cacheMib < 1) {
            throw new IllegalArgumentException("logbook.store.cache-mib must be at least 1, not " + cacheMib);
        }
    }
}
