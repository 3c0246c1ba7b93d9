package qc.logbook.replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rebuild as the admin API shows it.
 *
 * @param eventsTotal          events in the store when the rebuild started (those appended since are caught up too)
 * @param eventsPerSecond      average rate since the start
 * @param estimatedSecondsLeft at that rate; {@code null} while unknown
 * @param generations          the generation built for each read model (active once {@code COMPLETED})
 * @param error                why it failed (class of the failure only: a message may quote personal data)
 */
public record RebuildStatus(String id, List<String> readModels, RebuildState state, Instant startedAt,
                            Instant finishedAt, long eventsDone, long eventsTotal, double eventsPerSecond,
                            Long estimatedSecondsLeft, Map<String, Long> generations, String error) {
}
