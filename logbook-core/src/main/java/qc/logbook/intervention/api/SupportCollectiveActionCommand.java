package qc.logbook.intervention.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;

/**
 * Record that a collective intervention supported a tenant association, a committee or a group project.
 *
 * @param groupName optional name of the group or project (an association, never a person)
 */
public record SupportCollectiveActionCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        CollectiveSupportId supportId,
        CollectiveActionKind actionKind,
        CollectiveSupportKind supportKind,
        String groupName) {
}
