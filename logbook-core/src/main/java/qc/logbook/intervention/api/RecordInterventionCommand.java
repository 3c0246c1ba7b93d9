package qc.logbook.intervention.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a new intervention. Sending it again with the same id and the same details (a retry) changes nothing and
 * answers as the first time did; the same id with other details is a conflict.
 *
 * @param receivedAt when the service received the request; the aggregate has no clock of its own
 */
public record RecordInterventionCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        InterventionDetails details,
        Instant receivedAt) {
}
