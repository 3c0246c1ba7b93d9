package qc.logbook.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import qc.logbook.readmodel.ReadModelStoreCommit;

/**
 * On every event processor: once a batch has handled its first event, the read-model store is made durable when the
 * batch prepares to commit, that is before its tracking token is committed with the batch's transaction. This covers
 * projections that write as they handle (the practice projections); those that buffer their writes until the batch
 * prepares to commit make them durable themselves right after flushing (LiveDocuments). One commit per batch, not
 * one per write: see decision 0022.
 */
final class ReadModelCommitInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String REGISTERED = ReadModelCommitInterceptor.class.getName();

    private final ReadModelStoreCommit durable;

    ReadModelCommitInterceptor(ReadModelStoreCommit durable) {
        this.durable = durable;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        UnitOfWork<?> root = unitOfWork.root();
        root.getOrComputeResource(REGISTERED, key -> {
            root.onPrepareCommit(u -> durable.commit());
            return Boolean.TRUE;
        });
        return result;
    }
}
