package qc.logbook.deadletter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * One lock per processing group on this node, held by a processor batch from its first event to its end, and by a
 * retry of that group's dead letters. The projections read, change and write back documents shared by many
 * aggregates (breakdown cells, funding totals), buffered per unit of work: a retried letter handled while a batch of
 * the same group runs would lose one of the two changes, exactly as two segments would. Retries only run on the node
 * that holds the group's claim ({@link DeadLetterRetries}), so a lock within the node is enough.
 */
final class GroupLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    ReentrantLock of(String group) {
        return locks.computeIfAbsent(group, g -> new ReentrantLock());
    }

    /** The interceptor that makes every unit of work of {@code group} hold its lock until it ends. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor(String group) {
        ReentrantLock lock = of(group);
        String held = GroupLocks.class.getName() + "/" + group;
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            UnitOfWork<?> root = unitOfWork.root();
            root.getOrComputeResource(held, key -> {
                lock.lock();
                root.onCleanup(u -> lock.unlock());
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
    }
}
