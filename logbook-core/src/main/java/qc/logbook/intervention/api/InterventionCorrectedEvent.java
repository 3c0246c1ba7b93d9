package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/**
 * The details of an intervention were replaced by corrected ones, for the given reason. Revision 2 added
 * {@link InterventionDetails#followUpPlanned()}; revision-1 events are upcast by the application.
 */
@Revision("2")
public record InterventionCorrectedEvent(
        InterventionId interventionId,
        InterventionDetails details,
        String reason) {
}
