package qc.logbook.privacy.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import qc.logbook.intervention.api.InterventionId;

/**
 * Forget a tenant: destroy the key that protects their personal data (crypto-shredding) and scrub the read models.
 *
 * @param subjectKeyId  id of the tenant's key in the key store (not the tenant reference, which must not be recorded)
 * @param interventions the tenant's interventions known to the read models, to scrub them at once
 */
public record ForgetTenantCommand(@TargetAggregateIdentifier UUID subjectKeyId, String reason,
                                  List<InterventionId> interventions) {
}
