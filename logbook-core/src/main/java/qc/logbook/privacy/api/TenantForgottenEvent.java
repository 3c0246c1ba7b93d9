package qc.logbook.privacy.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import qc.logbook.intervention.api.InterventionId;

/** A tenant was forgotten: their key is destroyed, their notes and reference read as erased from now on. */
@Revision("1")
public record TenantForgottenEvent(UUID subjectKeyId, String reason, List<InterventionId> interventions) {

    public TenantForgottenEvent {
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }
}
