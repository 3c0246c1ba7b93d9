package qc.logbook.intervention.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.api.CancelInterventionCommand;
import qc.logbook.intervention.api.CollectiveSupportId;
import qc.logbook.intervention.api.CorrectInterventionCommand;
import qc.logbook.intervention.api.FindInterventionQuery;
import qc.logbook.intervention.api.FindInterventionsQuery;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.RecordInterventionCommand;
import qc.logbook.intervention.api.RecordReferralOutcomeCommand;
import qc.logbook.intervention.api.ReferTenantCommand;
import qc.logbook.intervention.api.ReferralId;
import qc.logbook.intervention.api.SupportCollectiveActionCommand;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.api.WorkerId;
import qc.logbook.intervention.query.InterventionPage;
import qc.logbook.intervention.query.InterventionView;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.reading.PublishedPractices;
import qc.logbook.privacy.TenantAccessLog;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;

/**
 * The one path from the edge (REST API and pages alike) to the intervention commands and queries: both build the same
 * commands from the same request records, and both read through the same territory check and tenant access log.
 */
@Component
public class InterventionOperations {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final TenantAccessLog accessLog;
    private final PublishedPractices practices;

    InterventionOperations(CommandGateway commands, QueryGateway queries, CurrentUser currentUser,
                           TenantAccessLog accessLog, PublishedPractices practices) {
        this.practices = practices;
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
    }

    /**
     * Records the intervention; idempotent when the request carries its own id. A request that names no worker is
     * the signed-in account's own (the command's handling checks who may record for whom).
     */
    public InterventionId record(InterventionRequest request) {
        InterventionId id = request.id() == null ? InterventionId.random() : new InterventionId(request.id());
        commands.sendAndWait(new RecordInterventionCommand(id, request.toDetails(currentUser.require().id()),
                Instant.now()));
        return id;
    }

    /** A page of the interventions the user may see, most recent first; a tenant's history read is recorded. */
    public InterventionPage list(LocalDate from, LocalDate to, qc.logbook.reference.AdministrativeRegion region,
                                 String territory, qc.logbook.reference.WorkerRole workerRole,
                                 qc.logbook.reference.Tenure tenure, qc.logbook.reference.InterventionMode mode,
                                 String tenantRef, WorkerId worker, int page, int size) {
        LogbookUser user = currentUser.require();
        InterventionFilter filter = new InterventionFilter(from, to, region,
                user.restrict(territory == null ? null : Set.of(territory)), workerRole, tenure, mode);
        TenantRef tenant = tenantRef == null ? null : TenantRef.of(tenantRef);
        InterventionPage result = queries.query(new FindInterventionsQuery(filter, tenant, worker, page, size),
                ResponseTypes.instanceOf(InterventionPage.class)).join();
        if (tenant != null) {
            accessLog.record(user.id(), tenant, null);
        }
        return result;
    }

    /** The intervention with its timeline, and the tenant access recorded; see {@link #read}. */
    public Optional<InterventionView> find(UUID id) {
        Optional<InterventionView> view = read(id);
        view.ifPresent(this::recordAccess);
        return view;
    }

    /**
     * The intervention if the user may see it, without recording an access (for a caller that reads again while
     * the read model catches up, then records one access with {@link #recordAccess}). Another territory's
     * intervention is answered as absent: its existence is not the user's business.
     */
    public Optional<InterventionView> read(UUID id) {
        LogbookUser user = currentUser.require();
        return queries.query(new FindInterventionQuery(new InterventionId(id)),
                        ResponseTypes.optionalInstanceOf(InterventionView.class)).join()
                .filter(v -> user.canSee(v.details().territory()));
    }

    /** Records that the current user read the tenant's intervention (reads of personal data are audited). */
    public void recordAccess(InterventionView view) {
        TenantRef tenant = view.details().tenant();
        if (tenant != null) {
            accessLog.record(currentUser.require().id(), tenant, UUID.fromString(view.id()));
        }
    }

    public ReferralId refer(UUID id, InterventionRequests.Referral request) {
        ReferralId referralId = request.referralId() == null ? ReferralId.random() : new ReferralId(request.referralId());
        commands.sendAndWait(new ReferTenantCommand(new InterventionId(id), referralId, request.sector(),
                request.need(), Boolean.TRUE.equals(request.accompanied()), request.referredOn(), Instant.now()));
        return referralId;
    }

    public void recordOutcome(UUID id, UUID referralId, InterventionRequests.Outcome request) {
        commands.sendAndWait(new RecordReferralOutcomeCommand(new InterventionId(id), new ReferralId(referralId),
                request.outcome(), request.observedOn(), Instant.now()));
    }

    public CollectiveSupportId supportCollectiveAction(UUID id, InterventionRequests.CollectiveSupport request) {
        CollectiveSupportId supportId = request.supportId() == null
                ? CollectiveSupportId.random() : new CollectiveSupportId(request.supportId());
        PracticeId practice = request.practiceId() == null ? null : practices.require(request.practiceId());
        commands.sendAndWait(new SupportCollectiveActionCommand(new InterventionId(id), supportId,
                request.actionKind(), request.supportKind(), request.groupName(), practice));
        return supportId;
    }

    /** Corrects the details; a violation of the details' rules names its field under {@code details}. */
    public void correct(UUID id, InterventionRequests.Correction request) {
        try {
            // A correction names the worker: left out, it would silently become the corrector.
            commands.sendAndWait(new CorrectInterventionCommand(new InterventionId(id), request.details().toDetails(),
                    request.reason(), Instant.now()));
        } catch (RuleViolation violation) {
            throw "reason".equals(violation.field()) ? violation : violation.nestedUnder("details");
        }
    }

    public void cancel(UUID id, InterventionRequests.Cancellation request) {
        commands.sendAndWait(new CancelInterventionCommand(new InterventionId(id), request.reason()));
    }
}
