package qc.logbook.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The embedded read-model store's file, as a rebuild sees it. A rebuild writes a whole new generation beside the live
 * one and drops the old one after the switch; the space the old one held is given back to the disk by {@link
 * #compact}, so that the file returns to about the size of one generation. There is no such bean with a real MongoDB,
 * whose storage engine reclaims space itself.
 */
public interface ReadModelFile {

    /** The file's size now, in bytes. */
    long size();

    /** Compacts the file for at most {@code budget}; returns what was done. */
    Compaction compact(Duration budget);

    /** The last compaction of this process, if any. */
    Optional<Compaction> lastCompaction();

    /** A compaction: when it ended, the file's size before and after, in bytes, and how long it took. */
    record Compaction(Instant endedAt, long bytesBefore, long bytesAfter, Duration took) {
    }
}
