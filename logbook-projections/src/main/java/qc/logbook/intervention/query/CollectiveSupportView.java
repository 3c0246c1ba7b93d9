package qc.logbook.intervention.query;

import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;

/**
 * A support given to a tenant association, committee or group project by a collective intervention.
 *
 * @param practiceId the published practice of the repository it applies, {@code null} if none named
 */
public record CollectiveSupportView(String supportId, CollectiveActionKind actionKind,
                                    CollectiveSupportKind supportKind, String groupName, String practiceId) {
}
