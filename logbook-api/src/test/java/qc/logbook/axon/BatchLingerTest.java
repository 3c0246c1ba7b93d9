package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;

/** A processor waits after a batch of several events, not after one event nor after a full batch. */
class BatchLingerTest {

    private static final Duration LINGER = Duration.ofMillis(300);
    private static long lockReleasedAt;

    @Test
    void aBatchOfSeveralEventsIsFollowedByTheWaitOnceItsCleanupIsDone() throws Exception {
        List<String> steps = new ArrayList<>();
        timeBatch(3, new BatchLinger(LINGER), steps);

        assertThat(steps).containsExactly("handled", "handled", "handled", "lock released");
        assertThat(System.nanoTime() - lockReleasedAt).as("time from the lock's release to the batch's end")
                .isGreaterThanOrEqualTo(LINGER.toNanos());
    }

    @Test
    void aSingleEventAFullBatchOrNoLingerIsNotFollowedByAWait() throws Exception {
        assertThat(timeBatch(1, new BatchLinger(LINGER), new ArrayList<>())).isLessThan(LINGER.toMillis());
        assertThat(timeBatch(BatchLinger.FULL, new BatchLinger(LINGER), new ArrayList<>()))
                .isLessThan(LINGER.toMillis());
        assertThat(timeBatch(3, new BatchLinger(Duration.ZERO), new ArrayList<>())).isLessThan(LINGER.toMillis());
    }

    /** Runs a batch through the linger's interceptor, then one that holds a lock until cleanup, as GroupLocks does. */
    private static long timeBatch(int events, BatchLinger linger, List<String> steps) throws Exception {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            messages.add(GenericEventMessage.asEventMessage("event-" + i));
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        MessageHandler<EventMessage<?>> handler = message -> {
            steps.add("handled");
            return null;
        };
        long start = System.nanoTime();
        batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, List.of(linger.interceptor(),
                (unitOfWork, chain) -> {
                    unitOfWork.root().getOrComputeResource("lock", key -> {
                        unitOfWork.root().onCleanup(u -> {
                            steps.add("lock released");
                            lockReleasedAt = System.nanoTime();
                        });
                        return Boolean.TRUE;
                    });
                    return chain.proceed();
                }), handler).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
