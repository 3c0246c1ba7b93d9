package qc.logbook.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;

/**
 * Only an event that fails on its own content is parked in the dead-letter queue. A failure of a store (the read-model
 * store unreachable, a connection lost) is no reason to park the event and move the token past it: the policy then
 * rethrows, the processor's batch is rolled back with its token, and the processor retries it with an increasing
 * back-off (Axon's pooled streaming processor releases the segment and reclaims it later), until the store is back.
 * <p>
 * Axon asks the same policy about a parked letter that fails again when it is retried ({@link DeadLetterRetries}):
 * a transient failure then leaves the letter where it is, to be retried on the next round.
 */
final class RetryInPlacePolicy implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (!TransientFailures.isTransient(cause)) {
            return Decisions.enqueue(cause);
        }
        // The live processor wraps a failing event in a new GenericDeadLetter; a parked one comes from the queue.
        if (letter instanceof GenericDeadLetter) {
            throw new TransientHandlingFailure(cause);
        }
        return Decisions.requeue(cause);
    }

    /** A transient store failure while handling an event: the batch is retried, nothing is parked. */
    static final class TransientHandlingFailure extends RuntimeException {

        TransientHandlingFailure(Throwable cause) {
            // The cause's class only: store messages may quote what was being written.
            super("A store was unavailable while handling an event (" + cause.getClass().getSimpleName()
                    + "); the batch will be retried", cause);
        }
    }
}
