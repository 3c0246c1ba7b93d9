package qc.logbook.intervention.api;

import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import org.axonframework.serialization.Revision;

/** A collective intervention supported a tenant association, committee or group project. */
@Revision("1")
public record CollectiveActionSupportedEvent(
        InterventionId interventionId,
        CollectiveSupportId supportId,
        CollectiveActionKind actionKind,
        CollectiveSupportKind supportKind,
        String groupName) {
}
