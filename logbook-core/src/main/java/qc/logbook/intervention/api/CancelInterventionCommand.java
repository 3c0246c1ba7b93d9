package qc.logbook.intervention.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an intervention logged by mistake; it stays in the history but leaves every statistic. */
public record CancelInterventionCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        String reason) {
}
