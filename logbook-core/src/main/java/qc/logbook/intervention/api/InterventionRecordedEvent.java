package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/**
 * An intervention was recorded in the logbook. Revision 2 added {@link InterventionDetails#followUpPlanned()}, revision 3
 * {@link InterventionDetails#participants()}; events of older revisions are upcast by the application (null: not
 * stated).
 */
@Revision("3")
public record InterventionRecordedEvent(
        InterventionId interventionId,
        InterventionDetails details) {
}
