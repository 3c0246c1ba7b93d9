package qc.logbook.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a research export holds, so that a researcher can show their data is complete and reproducible: the filters as
 * applied, how many events, the first and last global sequence, the SHA-256 of the exact bytes delivered, and the
 * software version that produced it.
 *
 * @param state          {@code IN_PROGRESS} while streaming, then {@code COMPLETED} or {@code FAILED}
 * @param effectiveTo    the end of the period actually applied (the settle time before the start when none given)
 * @param storeHead      the highest global sequence in the store when the export started
 * @param eventsByType   event count per event type
 * @param payloadRevisions the revision of the payloads of each exported event type: every payload goes through the
 *                       upcaster chain to the current revision of its type before export, so one type has one shape
 *                       across the file (absent in manifests of exports made before payloads were upcast)
 * @param sha256         hex SHA-256 of the NDJSON content, exactly as streamed
 */
public record ExportManifest(String exportId, String kind, String state, Instant createdAt, Instant completedAt,
                             Instant from, Instant to, Instant effectiveTo, List<String> eventTypes,
                             boolean deidentified, long eventCount, Long firstSequence, Long lastSequence,
                             long storeHead, Map<String, Long> eventsByType,
                             Map<String, String> payloadRevisions, String sha256, String softwareVersion,
                             String format, String notice) {
}
