package qc.logbook.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded read-model store's file. A file H2 cannot read (a corrupt header or chunk, an unknown format) is
 * moved aside under a timestamped name, never deleted, and a new store is created in its place: the read models are
 * rebuilt from the events, which are the record. A file locked by another process, or any other failure, stops the
 * start as before: that is not a damaged store.
 */
final class ReadModelStoreFile {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStoreFile.class);
    private static final Set<Integer> UNREADABLE = Set.of(DataUtils.ERROR_READING_FAILED,
            DataUtils.ERROR_UNSUPPORTED_FORMAT, DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The backend serving the store, and how its file was found. */
    record Opened(ReadModelStoreBackend backend, EmbeddedReadModelStore.Opening opening, Path movedAside) {

        MVStore store() {
            return backend.getMvStore();
        }
    }

    private ReadModelStoreFile() {
    }

    static Opened open(Path file, Clock clock) {
        return open(file, clock, StoreProperties.DEFAULT_CACHE_MIB);
    }

    static Opened open(Path file, Clock clock, int cacheMib) {
        return open(file, clock, cacheMib, ReadModelStoreBackend::new);
    }

    /**
     * Opens the file and the backend on it. H2 reads most of a file lazily: a file whose header and last chunk open may
     * still miss a chunk the backend's maps point to, found only when the backend opens them. Either failure counts as
     * an unreadable file.
     */
    static Opened open(Path file, Clock clock, int cacheMib, Function<MVStore, ReadModelStoreBackend> backend) {
        try {
            boolean existed = Files.exists(file) && Files.size(file) > 0;
            MVStore store = null;
            try {
                store = ReadModelStoreBackend.openStore(file.toString(), cacheMib);
                return new Opened(backend.apply(store), existed ? EmbeddedReadModelStore.Opening.OPENED
                        : EmbeddedReadModelStore.Opening.CREATED, null);
            } catch (MVStoreException e) {
                if (!existed || !UNREADABLE.contains(e.getErrorCode())) {
                    throw e;
                }
                if (store != null) {
                    store.closeImmediately();
                }
                Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(clock.instant()));
                Files.move(file, aside);
                log.warn("The read-model store {} could not be read (H2 error {}); moved to {}, a new store is "
                        + "created and the read models are rebuilt from the events", file, e.getErrorCode(), aside);
                return new Opened(backend.apply(ReadModelStoreBackend.openStore(file.toString(), cacheMib)),
                        EmbeddedReadModelStore.Opening.REPLACED, aside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
