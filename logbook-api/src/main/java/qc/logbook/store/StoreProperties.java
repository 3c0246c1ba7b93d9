package qc.logbook.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded default stores keep their files.
 *
 * @param dataDir directory holding {@code postgres/} and {@code mongo.mv}; created when missing
 */
@ConfigurationProperties("logbook.store")
public record StoreProperties(Path dataDir) {

    public StoreProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
