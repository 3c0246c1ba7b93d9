package qc.logbook.asof;

import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import qc.logbook.intervention.query.BreakdownCell;

/**
 * The referral breakdown's cells (month, year and all time) after every event up to a global position, frozen.
 *
 * @param position     the global index of the last event folded in ({@code -1}: none)
 * @param token        where the history is read on from (gap-free: no event can still be committed below it)
 * @param maxTimestamp the latest timestamp of the events folded in ({@code null}: none), so that an instant not
 *                     before it sees every one of them
 * @param minTimestamp the earliest timestamp of the events between the previous checkpoint and this one ({@code null}:
 *                     none), so that a read "as of" an earlier instant skips them
 * @param cells        the cells by id, shared with the checkpoints before and after where unchanged
 */
record Checkpoint(long position, TrackingToken token, Instant maxTimestamp, Instant minTimestamp,
                  Map<String, BreakdownCell> cells) {

    static final Checkpoint START = new Checkpoint(-1, null, null, null, Map.of());

    /** This checkpoint standing also for the events since the one before {@code dropped}, which is dropped. */
    Checkpoint absorbing(Checkpoint dropped) {
        Instant min = minTimestamp == null ? dropped.minTimestamp() : dropped.minTimestamp() == null ? minTimestamp
                : dropped.minTimestamp().isBefore(minTimestamp) ? dropped.minTimestamp() : minTimestamp;
        return new Checkpoint(position, token, maxTimestamp, min, cells);
    }

    /** Whether no event between the previous checkpoint and this one is at or before {@code instant}. */
    boolean allAfter(Instant instant) {
        return minTimestamp == null || minTimestamp.isAfter(instant);
    }

    /** Whether an "as of" {@code instant} may start from here: every event folded in is at or before it. */
    boolean usableAt(Instant instant) {
        return maxTimestamp == null || !maxTimestamp.isAfter(instant);
    }
}
