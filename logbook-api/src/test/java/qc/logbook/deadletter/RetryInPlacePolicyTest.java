package qc.logbook.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Only an event that fails on its own content is parked; a store failure is retried where it happened. */
class RetryInPlacePolicyTest {

    private final RetryInPlacePolicy policy = new RetryInPlacePolicy();
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

    @Test
    void anUnreachableReadModelStoreFailsTheBatchInsteadOfParkingTheEvent() {
        Exception unreachable = new DataAccessResourceFailureException("socket",
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress()));

        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("seq", event, unreachable), unreachable))
                .isInstanceOf(RetryInPlacePolicy.TransientHandlingFailure.class)
                .hasCause(unreachable);
    }

    @Test
    void aLostDatabaseConnectionIsTransientToo() {
        Exception lost = new IllegalStateException(new SQLException("terminating connection", "57P01"));

        assertThat(TransientFailures.isTransient(lost)).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void anEventThatFailsOnItsContentIsParked() {
        Exception content = new IllegalArgumentException("unknown territory");

        EnqueueDecision<EventMessage<?>> decision =
                policy.decide(new GenericDeadLetter<>("seq", event, content), content);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).contains(content);
    }

    @Test
    void aParkedEventRetriedWhileTheStoreIsStillDownStaysParked() {
        Exception unreachable = new DataAccessResourceFailureException("socket");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(new StoredLetter(event), unreachable);

        assertThat(decision.shouldEnqueue()).isTrue();
    }

    /** A letter as the dead-letter queue hands it out: not the live processor's GenericDeadLetter. */
    private record StoredLetter(EventMessage<?> message) implements DeadLetter<EventMessage<?>> {

        @Override
        public Instant enqueuedAt() {
            return Instant.EPOCH;
        }

        @Override
        public Instant lastTouched() {
            return Instant.EPOCH;
        }

        @Override
        public Optional<Cause> cause() {
            return Optional.empty();
        }

        @Override
        public MetaData diagnostics() {
            return MetaData.emptyInstance();
        }

        @Override
        public DeadLetter<EventMessage<?>> markTouched() {
            return this;
        }

        @Override
        public DeadLetter<EventMessage<?>> withCause(Throwable requeueCause) {
            return this;
        }

        @Override
        public DeadLetter<EventMessage<?>> withDiagnostics(MetaData diagnostics) {
            return this;
        }
    }
}
