package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.ReferTenantCommand;
import qc.logbook.intervention.api.ReferralId;

class CachedCommandTargetResolverTest {

    private final CachedCommandTargetResolver cached = new CachedCommandTargetResolver();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    private static VersionedAggregateIdentifier resolve(Object command,
                                                        org.axonframework.modelling.command.CommandTargetResolver by) {
        return by.resolveTarget(GenericCommandMessage.asCommandMessage(command));
    }

    @Test
    void findsTheSameTargetAsAxonsResolverForARecordCommand() {
        InterventionId id = InterventionId.random();
        ReferTenantCommand command = new ReferTenantCommand(id, ReferralId.random(), null, null, false,
                LocalDate.of(2015, 3, 2), Instant.now());

        VersionedAggregateIdentifier target = resolve(command, cached);

        assertThat(target).isEqualTo(resolve(command, axon));
        assertThat(target.getIdentifierValue()).isEqualTo(id);
        assertThat(target.getVersion()).isNull();
    }

    static final class FieldTarget {
        @TargetAggregateIdentifier
        private final String team;
        private final String version;

        FieldTarget(String team, String version) {
            this.team = team;
            this.version = version;
        }

        @TargetAggregateVersion
        String version() {
            return version;
        }
    }

    @Test
    void readsAnnotatedFieldsAndVersionsAsAxonDoesCommandAfterCommand() {
        assertThat(resolve(new FieldTarget("team-1", "3"), cached))
                .isEqualTo(resolve(new FieldTarget("team-1", "3"), axon))
                .isEqualTo(new VersionedAggregateIdentifier("team-1", 3L));
        // the members are looked up once per class; each command's own values are read
        assertThat(resolve(new FieldTarget("team-2", null), cached))
                .isEqualTo(new VersionedAggregateIdentifier("team-2", null));
    }

    record Untargeted(String id) {
    }

    @Test
    void refusesACommandWithoutTargetOrWithANullTarget() {
        assertThatThrownBy(() -> resolve(new Untargeted("x"), cached))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[Untargeted]");
        assertThatThrownBy(() -> resolve(new FieldTarget(null, null), cached))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@TargetAggregateIdentifier");
        assertThatThrownBy(() -> resolve(new FieldTarget("team-1", "three"), cached))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }
}
