package qc.logbook.intervention.api;

import qc.logbook.practice.api.PracticeId;
import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;
import org.axonframework.serialization.Revision;

/**
 * A collective intervention supported a tenant association, committee or group project.
 *
 * @param practiceId the practice of the repository it applies, {@code null} if none named (revision 2 added it;
 *                   older events read as {@code null}, see {@code CollectiveSupportPracticeUpcaster})
 */
@Revision("2")
public record CollectiveActionSupportedEvent(
        InterventionId interventionId,
        CollectiveSupportId supportId,
        CollectiveActionKind actionKind,
        CollectiveSupportKind supportKind,
        String groupName,
        PracticeId practiceId) {
}
