package qc.logbook.intervention.rest;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.RecordInterventionCommand;
import qc.logbook.intervention.api.ReferTenantCommand;
import qc.logbook.intervention.api.ReferralId;

/**
 * The commands a request body becomes, in one place, so that the REST API and the pages (the offline outbox's sync
 * endpoint among them) send exactly the same command for the same body: no second path to the aggregate. (The worker
 * pages' branch extracts the same two methods, with the same signatures, into {@code InterventionOperations}: when
 * both are merged, keep that one and drop this class.)
 */
@Component
public class InterventionWrites {

    private final CommandGateway commands;

    InterventionWrites(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Records an intervention; idempotent by the client-chosen id (the same body again records nothing new, the same
     * id with other details is a conflict).
     */
    public InterventionId record(InterventionRequest request) {
        InterventionId id = request.id() == null ? InterventionId.random() : new InterventionId(request.id());
        commands.sendAndWait(new RecordInterventionCommand(id, request.toDetails(), Instant.now()));
        return id;
    }

    /** Refers the intervention's tenant to a resource; idempotent by the client-chosen referral id. */
    public ReferralId refer(UUID intervention, InterventionRequests.Referral request) {
        ReferralId referralId = request.referralId() == null ? ReferralId.random() : new ReferralId(request.referralId());
        commands.sendAndWait(new ReferTenantCommand(new InterventionId(intervention), referralId, request.sector(), request.need(),
                Boolean.TRUE.equals(request.accompanied()), request.referredOn(), Instant.now()));
        return referralId;
    }
}
