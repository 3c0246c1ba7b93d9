package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** The order a processor batch needs: its writes, then the store made durable, then its transaction (token). */
class ReadModelCommitInterceptorTest {

    private final List<String> steps = new ArrayList<>();
    private final ReadModelCommitInterceptor interceptor = new ReadModelCommitInterceptor(
            () -> steps.add("store committed"));

    @Test
    void theStoreIsCommittedOncePerBatchAfterTheWritesAndBeforeTheTransaction() throws Exception {
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e1"));
        // as a processor does: its token is stored in the transaction, committed when the unit of work commits
        batch.onPrepareCommit(u -> steps.add("token stored"));
        batch.onCommit(u -> steps.add("transaction committed"));

        interceptor.handle(batch, () -> steps.add("write 1"));
        interceptor.handle(batch, () -> steps.add("write 2"));
        batch.commit();

        assertThat(steps).containsExactly("write 1", "write 2", "token stored", "store committed",
                "transaction committed");
    }

    @Test
    void aBatchThatFailsCommitsNothing() throws Exception {
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e1"));
        interceptor.handle(batch, () -> steps.add("write 1"));
        batch.rollback(new IllegalStateException("handler failed"));

        assertThat(steps).containsExactly("write 1");
    }

    @Test
    void aNestedUnitOfWorkRegistersOnItsRoot() throws Exception {
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e1"));
        batch.onCommit(u -> steps.add("transaction committed"));
        UnitOfWork<EventMessage<?>> nested = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e2"));
        interceptor.handle(nested, () -> steps.add("write 2"));
        nested.commit();
        assertThat(steps).containsExactly("write 2");

        batch.commit();
        assertThat(steps).containsExactly("write 2", "store committed", "transaction committed");
    }
}
