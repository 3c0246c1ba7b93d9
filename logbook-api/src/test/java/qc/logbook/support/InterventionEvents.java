package qc.logbook.support;

import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;

/** The intervention events that tests and the benchmark write straight into the event store. */
public final class InterventionEvents {

    private InterventionEvents() {
    }

    /** The aggregate identifier an intervention event is stored under. */
    public static String aggregateOf(Object event) {
        if (event instanceof InterventionRecordedEvent e) {
            return e.interventionId().toString();
        } else if (event instanceof TenantReferredEvent e) {
            return e.interventionId().toString();
        } else if (event instanceof ReferralOutcomeRecordedEvent e) {
            return e.interventionId().toString();
        } else if (event instanceof CollectiveActionSupportedEvent e) {
            return e.interventionId().toString();
        } else if (event instanceof InterventionCorrectedEvent e) {
            return e.interventionId().toString();
        } else if (event instanceof InterventionCancelledEvent e) {
            return e.interventionId().toString();
        }
        throw new IllegalArgumentException(event.getClass().getName());
    }
}
