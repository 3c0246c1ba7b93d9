package qc.logbook.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The embedded read-model store's file, as a rebuild sees it. A rebuild writes a whole new generation beside the live
 * one and drops the old one after the switch; {@link #compact} then gives the freed space back to the disk, so that the
 * file returns to about the size of the live read models (decision 0030). There is no such bean with a real MongoDB,
 * whose storage engine reclaims space itself.
 */
public interface ReadModelFile {

    /** The file's size now, in bytes. */
    long size();

    /** Compacts the file for at most {@code budget}, while the store keeps serving between short exclusive slices. */
    Compaction compact(Duration budget);

    /** The last compaction of this process, if any. */
    Optional<Compaction> lastCompaction();

    /**
     * A compaction: when it ended, the file's size before and after, in bytes, the exclusive slices it ran, how long it
     * took in all, and afterwards the share of the file in chunks and the share of the chunks' bytes live (H2's fill
     * rates, in %).
     */
    record Compaction(Instant endedAt, long bytesBefore, long bytesAfter, int slices, Duration took, int fillRate,
                      int chunksFillRate) {
    }
}
