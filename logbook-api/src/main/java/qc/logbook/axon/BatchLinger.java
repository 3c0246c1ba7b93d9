package qc.logbook.axon;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Lets events that arrive one after another share a processor batch. A pooled processor starts a batch as soon as an
 * event is there, and under a steady flow of commands each batch holds two or three events; but what a projection's
 * batch costs is mostly per batch, not per event: a PostgreSQL transaction for its token, the bulk writes of its
 * documents, and a commit of the read-model store that rewrites every page the batch changed (the breakdown's month,
 * year and all-time cells, index pages). So after a batch of several events, but far from full, the processor's thread
 * waits {@code linger} before it takes the next one: the events that arrived meanwhile come in one batch.
 *
 * <p>A batch of one event (a worker saving an entry on a quiet service) is followed by no wait, so a page that reads
 * its own write back is not slowed; a full batch (a processor catching up) neither. The wait comes once the batch
 * is over: after its unit of work has committed and released what it held (its place in the cleanup handlers is the
 * last, the interceptor being registered before the others).
 */
final class BatchLinger {

    /** A batch of at least this many events is not followed by a wait: the processor is catching up. */
    static final int FULL = 50;

    private final Duration linger;

    BatchLinger(Duration linger) {
        this.linger = linger;
    }

    /** The interceptor that makes a processor's thread wait after a batch of several events. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        String registered = BatchLinger.class.getName();
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            UnitOfWork<?> root = unitOfWork.root();
            if (!linger.isZero() && root instanceof BatchingUnitOfWork<?> batch
                    && shouldWaitAfter(batch.getMessages().size())) {
                root.getOrComputeResource(registered, key -> {
                    // cleanup handlers run in reverse order: registered first, this one runs after the others
                    root.onCleanup(u -> LockSupport.parkNanos(linger.toNanos()));
                    return Boolean.TRUE;
                });
            }
            return chain.proceed();
        };
    }

    static boolean shouldWaitAfter(int events) {
        return events > 1 && events < FULL;
    }
}
