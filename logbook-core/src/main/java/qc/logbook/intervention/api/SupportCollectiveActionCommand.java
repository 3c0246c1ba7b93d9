package qc.logbook.intervention.api;

import qc.logbook.practice.api.PracticeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;

/**
 * Record that a collective intervention supported a tenant association, a committee or a group project.
 *
 * @param groupName  optional name of the group or project (an association, never a person)
 * @param practiceId optional published practice of the repository this support applies; that it is published is
 *                   checked where the request comes in (the aggregate knows no practices)
 */
public record SupportCollectiveActionCommand(
        @TargetAggregateIdentifier InterventionId interventionId,
        CollectiveSupportId supportId,
        CollectiveActionKind actionKind,
        CollectiveSupportKind supportKind,
        String groupName,
        PracticeId practiceId) {
}
