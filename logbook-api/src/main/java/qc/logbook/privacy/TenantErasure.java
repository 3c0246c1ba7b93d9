package qc.logbook.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.api.FindInterventionsQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.query.InterventionPage;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.privacy.api.ForgetTenantCommand;

/**
 * Forgetting a tenant (crypto-shredding), for the admin API and the admin pages alike: what it will erase, and the
 * erasure itself.
 */
@Service
public class TenantErasure {

    /** What a tenant reference looks like (no space: a name cannot slip in). */
    public static final String TENANT_REF = "[A-Za-z0-9][A-Za-z0-9._:-]{1,63}";
    private static final int PAGE = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SubjectKeyStore keys;
    private final TenantAccessLog accessLog;
    private final SealedInterventions sealed;

    TenantErasure(CommandGateway commands, QueryGateway queries, SubjectKeyStore keys, TenantAccessLog accessLog,
                  SealedInterventions sealed) {
        this.commands = commands;
        this.queries = queries;
        this.keys = keys;
        this.accessLog = accessLog;
        this.sealed = sealed;
    }

    /**
     * What forgetting the tenant would erase.
     *
     * @param interventions interventions whose notes and tenant reference become erased
     * @param withNotes     those of them the read model shows with notes
     * @param accessLogReads recorded reads of the tenant's history whose reference is erased
     */
    public record Preview(int interventions, int withNotes, int accessLogReads) {
    }

    /** @param interventionsScrubbed interventions shown as erased from now on */
    public record Erasure(UUID subjectKeyId, int interventionsScrubbed) {
    }

    /** Refused with {@code tenant.unknown} on {@code tenantRef} when no key exists for the reference. */
    public Preview preview(String tenantRef) {
        UUID keyId = keyOf(tenantRef);
        List<InterventionView> shown = viewsOf(TenantRef.of(tenantRef));
        Set<InterventionId> found = new LinkedHashSet<>(sealed.sealedWith(keyId));
        shown.stream().map(InterventionView::id).map(InterventionId::of).forEach(found::add);
        int withNotes = (int) shown.stream()
                .filter(view -> view.details() != null && view.details().notes() != null
                        && !view.details().notes().isBlank())
                .count();
        return new Preview(found.size(), withNotes, accessLog.countTenant(tenantRef));
    }

    public Erasure forget(String tenantRef, String reason) {
        UUID keyId = keyOf(tenantRef);
        // the event store lists what the read models may not have seen yet; the read model adds what was never sealed
        Set<InterventionId> found = new LinkedHashSet<>(sealed.sealedWith(keyId));
        viewsOf(TenantRef.of(tenantRef)).stream().map(InterventionView::id).map(InterventionId::of)
                .forEach(found::add);
        List<InterventionId> interventions = List.copyOf(found);
        commands.sendAndWait(new ForgetTenantCommand(keyId, reason, interventions));
        keys.destroy(keyId);
        accessLog.eraseTenant(tenantRef);
        return new Erasure(keyId, interventions.size());
    }

    private UUID keyOf(String tenantRef) {
        return keys.keyIdOf("tenant:" + tenantRef).orElseThrow(() -> RuleViolation.notFound(
                "tenantRef", "tenant.unknown"));
    }

    private List<InterventionView> viewsOf(TenantRef tenant) {
        List<InterventionView> views = new ArrayList<>();
        for (int page = 0; ; page++) {
            InterventionPage result = queries.query(new FindInterventionsQuery(InterventionFilter.all(), tenant, page,
                    PAGE), ResponseTypes.instanceOf(InterventionPage.class)).join();
            views.addAll(result.items());
            if (page + 1 >= result.totalPages()) {
                return views;
            }
        }
    }
}
