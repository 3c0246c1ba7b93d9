package qc.logbook.intervention.web;

import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.intervention.query.TimelineEntry;

/** Facts of an intervention view that its pages show but the view does not state directly: {@code @facts.…}. */
@Component("facts")
public class InterventionFacts {

    public static boolean notesErased(InterventionDetails details) {
        return InterventionDetails.ERASED_NOTES.equals(details.notes());
    }

    public static boolean tenantErased(InterventionDetails details) {
        return TenantRef.ERASED.equals(details.tenant());
    }

    public static boolean corrected(InterventionView view) {
        return view.timeline().stream().anyMatch(InterventionFacts::isCorrection);
    }

    static boolean isCorrection(TimelineEntry entry) {
        return "InterventionCorrectedEvent".equals(entry.type());
    }
}
