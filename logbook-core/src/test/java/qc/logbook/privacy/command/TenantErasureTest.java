package qc.logbook.privacy.command;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.RuleViolation;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.privacy.api.ForgetTenantCommand;
import qc.logbook.privacy.api.TenantForgottenEvent;

class TenantErasureTest {

    private final AggregateTestFixture<TenantErasure> fixture = new AggregateTestFixture<>(TenantErasure.class);
    private final UUID key = UUID.randomUUID();
    private final List<InterventionId> interventions = List.of(InterventionId.random());

    @Test
    void recordsTheErasureWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(new ForgetTenantCommand(key, " Demande du locataire ", interventions))
                .expectEvents(new TenantForgottenEvent(key, "Demande du locataire", interventions));
    }

    @Test
    void requiresAReason() {
        fixture.givenNoPriorActivity()
                .when(new ForgetTenantCommand(key, "", interventions))
                .expectNoEvents().expectException(RuleViolation.class);
    }

    @Test
    void aTenantIsForgottenOnce() {
        fixture.given(new TenantForgottenEvent(key, "Demande", interventions))
                .when(new ForgetTenantCommand(key, "Encore", interventions))
                .expectNoEvents().expectException(RuleViolation.class);
    }
}
