package qc.logbook.intervention.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the recorded details of an intervention by corrected ones; the reason is mandatory. */
public record CorrectInterventionCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        InterventionDetails details,
        String reason,
        Instant receivedAt) {
}
