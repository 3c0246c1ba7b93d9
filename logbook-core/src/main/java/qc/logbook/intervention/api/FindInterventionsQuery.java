package qc.logbook.intervention.api;

/**
 * A page of interventions, most recent first.
 *
 * @param tenant only the interventions of this tenant (a tenant's history), or all when {@code null}
 * @param worker only the interventions this worker recorded (a worker's own list), or all when {@code null}
 */
public record FindInterventionsQuery(InterventionFilter filter, TenantRef tenant, WorkerId worker, int page, int size) {

    public FindInterventionsQuery(InterventionFilter filter, TenantRef tenant, int page, int size) {
        this(filter, tenant, null, page, size);
    }
}
