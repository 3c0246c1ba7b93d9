package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/**
 * An intervention was recorded in the logbook. Revision 2 added {@link InterventionDetails#followUpPlanned()};
 * revision-1 events are upcast by the application (null: not stated).
 */
@Revision("2")
public record InterventionRecordedEvent(
        InterventionId interventionId,
        InterventionDetails details) {
}
