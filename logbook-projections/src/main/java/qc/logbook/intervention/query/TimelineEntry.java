package qc.logbook.intervention.query;

import java.time.Instant;

/**
 * One event in the history of an intervention, for the audit view: what happened, when and by whom. Never holds notes
 * or a tenant reference.
 *
 * @param sequence   position of the event in the intervention's own stream (0 for the recording)
 * @param type       event type, e.g. {@code InterventionCorrectedEvent}
 * @param occurredAt when the event was stored
 * @param actor      pseudonymous id of the user who sent the command
 * @param reason     reason of a correction or cancellation
 * @param subjectId  the referral or collective support concerned, if any
 * @param detail     short code of what changed (e.g. the new referral outcome)
 */
public record TimelineEntry(long sequence, String type, Instant occurredAt, String actor, String reason,
                            String subjectId, String detail) {
}
