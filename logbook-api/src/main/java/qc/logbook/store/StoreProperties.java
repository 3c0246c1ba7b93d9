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

    /**
     * Eight times H2's default, so that more of the pages the live projections rewrite (cells, index pages, recent
     * documents) stay parsed in memory; a small share of the JVM's default heap (a quarter of the machine's memory).
     */
    public static final int DEFAULT_CACHE_MIB = 128;

    public StoreProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        cacheMib = cacheMib == null ? DEFAULT_CACHE_MIB : cacheMib;
        if (cacheMib < 1) {
            throw new IllegalArgumentException("logbook.store.cache-mib must be at least 1, not " + cacheMib);
        }
    }
}
