package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/** The details of an intervention were replaced by corrected ones, for the given reason. */
@Revision("1")
public record InterventionCorrectedEvent(
        InterventionId interventionId,
        InterventionDetails details,
        String reason) {
}
