package qc.logbook.intervention.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.api.CancelInterventionCommand;
import qc.logbook.intervention.api.CollectiveSupportId;
import qc.logbook.intervention.api.CorrectInterventionCommand;
import qc.logbook.intervention.api.FindInterventionQuery;
import qc.logbook.intervention.api.FindInterventionsQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.RecordReferralOutcomeCommand;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.api.SupportCollectiveActionCommand;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.privacy.TenantAccessLog;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.intervention.query.InterventionPage;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Tenure;
import qc.logbook.reference.WorkerRole;

/**
 * The journal de bord: record interventions, refer tenants, record referral outcomes, support collective actions,
 * correct and cancel. Writes are commands; reads come from the projections and may lag a write by a moment.
 */
@RestController
@RequestMapping("/api/v1/interventions")
@Tag(name = "Interventions", description = "Journal de bord / Intervention logbook")
class InterventionController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final TenantAccessLog accessLog;
    private final InterventionWrites writes;

    InterventionController(CommandGateway commands, QueryGateway queries, CurrentUser currentUser,
                           TenantAccessLog accessLog, InterventionWrites writes) {
        this.commands = commands;
        this.writes = writes;
        this.queries = queries;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
    }

    @PostMapping
    @Operation(summary = "Inscrire une intervention / Record an intervention",
            description = "Idempotent when the client supplies the id: the same request sent again answers 201 again "
                    + "and records nothing new; the same id with other details answers 409.")
    ResponseEntity<Void> record(@Valid @RequestBody InterventionRequest request) {
        InterventionId id = writes.record(request);
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id)).build();
    }

    @GetMapping
    @Operation(summary = "Lister les interventions / List interventions",
            description = "Most recent first; every filter optional; page numbers start at 0. Only the user's "
                    + "territories are listed. Filtering by tenant reference reads a tenant's history: it is recorded.")
    InterventionPage list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) AdministrativeRegion region,
            @RequestParam(required = false) String territory,
            @RequestParam(required = false) WorkerRole workerRole,
            @RequestParam(required = false) Tenure tenure,
            @RequestParam(required = false) InterventionMode mode,
            @RequestParam(required = false) @Pattern(regexp = InterventionRequest.PSEUDONYM) String tenantRef,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        LogbookUser user = currentUser.require();
        InterventionFilter filter = new InterventionFilter(from, to, region,
                user.restrict(territory == null ? null : Set.of(territory)), workerRole, tenure, mode);
        TenantRef tenant = tenantRef == null ? null : TenantRef.of(tenantRef);
        InterventionPage result = queries.query(new FindInterventionsQuery(filter, tenant, page, size),
                ResponseTypes.instanceOf(InterventionPage.class)).join();
        if (tenant != null) {
            accessLog.record(user.id(), tenant, null);
        }
        return result;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Détail et historique d'une intervention / Intervention details and timeline")
    ResponseEntity<InterventionView> get(@PathVariable UUID id) {
        LogbookUser user = currentUser.require();
        // Another territory's intervention is answered as absent: its existence is not the user's business.
        Optional<InterventionView> view = queries.query(new FindInterventionQuery(new InterventionId(id)),
                        ResponseTypes.optionalInstanceOf(InterventionView.class)).join()
                .filter(v -> user.canSee(v.details().territory()));
        view.map(v -> v.details().tenant())
                .ifPresent(tenant -> accessLog.record(user.id(), tenant, id));
        return ResponseEntity.of(view);
    }

    @PostMapping("/{id}/referrals")
    @Operation(summary = "Référer le locataire vers une ressource / Refer the tenant to a resource")
    ResponseEntity<Void> refer(@PathVariable UUID id, @Valid @RequestBody InterventionRequests.Referral request) {
        ReferralId referralId = writes.refer(id, request);
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id + "/referrals/" + referralId)).build();
    }

    @PutMapping("/{id}/referrals/{referralId}/outcome")
    @Operation(summary = "Inscrire l'issue d'une référence / Record a referral's outcome")
    ResponseEntity<Void> outcome(@PathVariable UUID id, @PathVariable UUID referralId,
                                 @Valid @RequestBody InterventionRequests.Outcome request) {
        commands.sendAndWait(new RecordReferralOutcomeCommand(new InterventionId(id), new ReferralId(referralId),
                request.outcome(), request.observedOn(), Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/collective-supports")
    @Operation(summary = "Soutenir une association, un comité ou un projet de groupe / Support a collective action")
    ResponseEntity<Void> supportCollectiveAction(@PathVariable UUID id,
                                                 @Valid @RequestBody InterventionRequests.CollectiveSupport request) {
        CollectiveSupportId supportId = request.supportId() == null
                ? CollectiveSupportId.random() : new CollectiveSupportId(request.supportId());
        commands.sendAndWait(new SupportCollectiveActionCommand(new InterventionId(id), supportId,
                request.actionKind(), request.supportKind(), request.groupName()));
        return ResponseEntity.created(
                URI.create("/api/v1/interventions/" + id + "/collective-supports/" + supportId)).build();
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Corriger une intervention / Correct an intervention",
            description = "Replaces the recorded details; the reason is mandatory and kept in the history.")
    ResponseEntity<Void> correct(@PathVariable UUID id, @Valid @RequestBody InterventionRequests.Correction request) {
        try {
            commands.sendAndWait(new CorrectInterventionCommand(new InterventionId(id), request.details().toDetails(),
                    request.reason(), Instant.now()));
        } catch (RuleViolation violation) {
            throw "reason".equals(violation.field()) ? violation : violation.nestedUnder("details");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Annuler une intervention / Cancel an intervention",
            description = "The intervention stays in the history with its reason but leaves every statistic.")
    ResponseEntity<Void> cancel(@PathVariable UUID id, @Valid @RequestBody InterventionRequests.Cancellation request) {
        commands.sendAndWait(new CancelInterventionCommand(new InterventionId(id), request.reason()));
        return ResponseEntity.noContent().build();
    }
}
