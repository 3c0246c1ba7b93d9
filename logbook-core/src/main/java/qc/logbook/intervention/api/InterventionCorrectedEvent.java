package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/**
 * The details of an intervention were replaced by corrected ones, for the given reason. Revision 2 added
 * {@link InterventionDetails#followUpPlanned()}, revision 3 {@link InterventionDetails#participants()}; events of
 * older revisions are upcast by the application (null: not stated).
 */
@Revision("3")
public record InterventionCorrectedEvent(
        InterventionId interventionId,
        InterventionDetails details,
        String reason) {
}
