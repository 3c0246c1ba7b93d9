package qc.logbook.axon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import qc.logbook.store.ReadModelStoreCommit;

/**
 * The read-model store made durable once per event-processor transaction, inside it: when the transaction that holds
 * the batch's tracking token is about to commit in PostgreSQL, the positions of the tokens stored in it are recorded
 * in the read-model store, and the store is committed (decisions 0022 and 0026).
 *
 * <p>Why at the transaction's commit, not in a prepare-commit handler of the unit of work: a processor's
 * {@code BatchingUnitOfWork} keeps the prepare-commit handlers of each event apart and runs them event after event,
 * each event's in the order they were registered (Axon 4.13). A projection that buffers its writes registers its
 * flush while it handles the first event it cares about, which may be the last of the batch, so a commit registered
 * on the first event would run before that flush. The transaction attached to the unit of work commits in the commit
 * phase, after every prepare-commit handler (the token's update, every flush), and before the token is durable: the
 * one point that follows all the batch's writes whatever the projections registered. The same transaction manager
 * runs the processors' other transactions (a token stored past events no handler wanted, dead-letter retries), so their
 * writes and positions are covered too.
 *
 * <p>The same token store tells the projections when this node claims a segment ({@code claimed}, with the
 * processor's name): what a live projection kept of its documents across batches may be stale once another node has
 * held the segment (decision 0031).
 */
final class ReadModelBatchCommit {

    private static final Object KEY = new Object();

    private final ReadModelStoreCommit store;
    private final Consumer<String> claimed;

    ReadModelBatchCommit(ReadModelStoreCommit store) {
        this(store, processor -> {
        });
    }

    ReadModelBatchCommit(ReadModelStoreCommit store, Consumer<String> claimed) {
        this.store = store;
        this.claimed = claimed;
    }

    /** The processors' transactions, each committing the read-model store before it commits itself. */
    TransactionManager transactions(TransactionManager processors) {
        return () -> {
            Transaction transaction = processors.startTransaction();
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    && !TransactionSynchronizationManager.hasResource(KEY)) {
                Batch batch = new Batch();
                TransactionSynchronizationManager.bindResource(KEY, batch);
                TransactionSynchronizationManager.registerSynchronization(batch);
            }
            return transaction;
        };
    }

    /** The processors' token store, noting in their transaction the position of every token it stores. */
    TokenStore tokens(TokenStore tokens) {
        return new PositionNotingTokenStore(tokens, claimed);
    }

    /** Called when the processor transaction (the outermost, if others joined it) is about to commit. */
    private final class Batch implements TransactionSynchronization {

        private final Map<String, Position> positions = new LinkedHashMap<>();

        void note(String processor, int segment, TrackingToken token) {
            if (token != null && token.position().isPresent()) {
                positions.put(processor + "/" + segment,
                        new Position(processor, segment, token.position().getAsLong()));
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            positions.values().forEach(p -> store.recordPosition(p.processor(), p.segment(), p.position()));
            store.commit();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }

    private record Position(String processor, int segment, long position) {
    }

    private static void note(String processor, int segment, TrackingToken token) {
        if (TransactionSynchronizationManager.getResource(KEY) instanceof Batch batch) {
            batch.note(processor, segment, token);
        }
    }

    /**
     * Every method goes to the token store; those that write a token also note its position, and a fetch (a claim of
     * the segment) is told to {@code claimed}.
     */
    record PositionNotingTokenStore(TokenStore delegate, Consumer<String> claimed) implements TokenStore {

        @Override
        public void initializeTokenSegments(String processorName, int segmentCount) {
            delegate.initializeTokenSegments(processorName, segmentCount);
        }

        @Override
        public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
            delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
            for (int segment = 0; segment < segmentCount; segment++) {
                note(processorName, segment, initialToken);
            }
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            delegate.storeToken(token, processorName, segment);
            note(processorName, segment, token);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            TrackingToken token = delegate.fetchToken(processorName, segment);
            claimed.accept(processorName);
            return token;
        }

        @Override
        public TrackingToken fetchToken(String processorName, Segment segment) {
            TrackingToken token = delegate.fetchToken(processorName, segment);
            claimed.accept(processorName);
            return token;
        }

        @Override
        public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
            delegate.extendClaim(processorName, segment);
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            delegate.releaseClaim(processorName, segment);
        }

        @Override
        public void initializeSegment(TrackingToken token, String processorName, int segment)
                throws UnableToInitializeTokenException {
            delegate.initializeSegment(token, processorName, segment);
            note(processorName, segment, token);
        }

        @Override
        public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
            delegate.deleteToken(processorName, segment);
        }

        @Override
        public boolean requiresExplicitSegmentInitialization() {
            return delegate.requiresExplicitSegmentInitialization();
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return delegate.fetchSegments(processorName);
        }

        @Override
        public List<Segment> fetchAvailableSegments(String processorName) {
            return delegate.fetchAvailableSegments(processorName);
        }

        @Override
        public Optional<String> retrieveStorageIdentifier() throws UnableToRetrieveIdentifierException {
            return delegate.retrieveStorageIdentifier();
        }
    }
}
