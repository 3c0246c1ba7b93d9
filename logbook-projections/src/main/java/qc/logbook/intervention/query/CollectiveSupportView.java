package qc.logbook.intervention.query;

import qc.logbook.reference.CollectiveActionKind;
import qc.logbook.reference.CollectiveSupportKind;

/** A support given to a tenant association, committee or group project by a collective intervention. */
public record CollectiveSupportView(String supportId, CollectiveActionKind actionKind,
                                    CollectiveSupportKind supportKind, String groupName) {
}
