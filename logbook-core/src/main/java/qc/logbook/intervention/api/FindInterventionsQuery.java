package qc.logbook.intervention.api;

/**
 * A page of interventions, most recent first.
 *
 * @param tenant only the interventions of this tenant (a tenant's history), or all when {@code null}
 */
public record FindInterventionsQuery(InterventionFilter filter, TenantRef tenant, int page, int size) {
}
