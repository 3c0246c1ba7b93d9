package qc.logbook.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.api.FindInterventionsQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.query.InterventionPage;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.privacy.api.ForgetTenantCommand;

/** Erasure of a tenant's personal data (crypto-shredding) and the log of reads of tenants' histories. Admin only. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Vie privée / Privacy", description = "Administrateurs / administrators")
class PrivacyAdminController {

    private static final int PAGE = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SubjectKeyStore keys;
    private final TenantAccessLog accessLog;
    private final SealedInterventions sealed;

    PrivacyAdminController(CommandGateway commands, QueryGateway queries, SubjectKeyStore keys,
                           TenantAccessLog accessLog, SealedInterventions sealed) {
        this.commands = commands;
        this.queries = queries;
        this.keys = keys;
        this.accessLog = accessLog;
        this.sealed = sealed;
    }

    record ForgetTenantRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{1,63}") String tenantRef,
                               @NotBlank String reason) {
    }

    record ForgetTenantResponse(UUID subjectKeyId, int interventionsScrubbed) {
    }

    @PostMapping("/tenants/forget")
    @Operation(summary = "Oublier un locataire / Forget a tenant",
            description = "Destroys the key protecting the tenant's notes and reference: from then on every read, "
                    + "replay and export shows them as erased, while every count stays right. The erasure is "
                    + "recorded as an event with its reason.")
    ForgetTenantResponse forget(@Valid @RequestBody ForgetTenantRequest request) {
        UUID keyId = keys.keyIdOf("tenant:" + request.tenantRef()).orElseThrow(() -> RuleViolation.notFound(
                "tenantRef", "tenant.unknown"));
        // the event store lists what the read models may not have seen yet; the read model adds what was never sealed
        Set<InterventionId> found = new LinkedHashSet<>(sealed.sealedWith(keyId));
        found.addAll(interventionsOf(TenantRef.of(request.tenantRef())));
        List<InterventionId> interventions = List.copyOf(found);
        commands.sendAndWait(new ForgetTenantCommand(keyId, request.reason(), interventions));
        keys.destroy(keyId);
        accessLog.eraseTenant(request.tenantRef());
        return new ForgetTenantResponse(keyId, interventions.size());
    }

    @GetMapping("/tenant-access-log")
    @Operation(summary = "Consultations de dossiers de locataires / Reads of tenants' histories")
    List<TenantAccessLog.Entry> accessLog(
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{1,63}") String tenantRef,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return accessLog.page(tenantRef, page, size);
    }

    private List<InterventionId> interventionsOf(TenantRef tenant) {
        List<InterventionId> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            InterventionPage result = queries.query(new FindInterventionsQuery(InterventionFilter.all(), tenant, page,
                    PAGE), ResponseTypes.instanceOf(InterventionPage.class)).join();
            result.items().stream().map(InterventionView::id).map(InterventionId::of).forEach(ids::add);
            if (page + 1 >= result.totalPages()) {
                return ids;
            }
        }
    }
}
