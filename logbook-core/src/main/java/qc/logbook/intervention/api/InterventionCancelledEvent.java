package qc.logbook.intervention.api;

import org.axonframework.serialization.Revision;

/** An intervention was cancelled, for the given reason; it no longer counts in any statistic. */
@Revision("1")
public record InterventionCancelledEvent(
        InterventionId interventionId,
        String reason) {
}
