package qc.logbook.privacy.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.Text;
import qc.logbook.privacy.api.ForgetTenantCommand;
import qc.logbook.privacy.api.TenantForgottenEvent;

/** The erasure of one tenant's personal data, recorded once with its reason. */
public class TenantErasure {

    public static final int MAX_REASON = 500;

    @AggregateIdentifier
    private UUID subjectKeyId;

    public TenantErasure() {
        // required by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ForgetTenantCommand command) {
        if (subjectKeyId != null) {
            throw RuleViolation.conflict("tenantRef", "tenant.already-forgotten");
        }
        Text.requirePresent("reason", command.reason(), MAX_REASON);
        apply(new TenantForgottenEvent(command.subjectKeyId(), command.reason().strip(), command.interventions()));
    }

    @EventSourcingHandler
    void on(TenantForgottenEvent event) {
        subjectKeyId = event.subjectKeyId();
    }
}
