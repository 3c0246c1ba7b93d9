package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/** An intervention was recorded in the logbook. */
@Revision("1")
public record InterventionRecordedEvent(
        InterventionId interventionId,
        InterventionDetails details) {
}
