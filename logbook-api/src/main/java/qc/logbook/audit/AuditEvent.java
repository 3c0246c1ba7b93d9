package qc.logbook.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One stored event as the audit shows it: where it sits in the log, what it is, who caused it and what it says. Notes
 * (free text, personal data) are removed from the payload; everything else is as stored, in the stored revision.
 *
 * @param globalSequence position in the global, gap-aware order of the event store
 * @param sequence       position in its aggregate's own stream
 * @param metadata       audit metadata: userId, commandName, receivedAt, requestId, correlationId, traceId
 */
public record AuditEvent(long globalSequence, String aggregateType, String aggregateId, long sequence,
                         String eventId, String eventType, String payloadType, String revision, Instant timestamp,
                         Map<String, Object> metadata, JsonNode payload) {
}
