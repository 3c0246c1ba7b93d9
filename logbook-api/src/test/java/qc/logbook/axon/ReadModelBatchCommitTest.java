package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import qc.logbook.store.EmbeddedReadModelStore;
import qc.logbook.store.ReadModelStoreCommit;

/**
 * A processor batch as Axon 4.13's pooled processor runs it (a {@code BatchingUnitOfWork} with the processors'
 * transaction attached and the token stored when it prepares to commit), on a real embedded store file with H2's
 * background commit off: the store is committed once, after every write of the batch (even one a projection registers
 * while handling the batch's last event), with the batch's position, and before the transaction holding the token
 * commits. The file as it is when the token commits holds the batch's writes and position.
 */
class ReadModelBatchCommitTest {

    private static final String GROUP = "referral-breakdown";

    @TempDir
    Path dir;

    private final List<String> steps = new ArrayList<>();
    private final AtomicInteger commits = new AtomicInteger();
    private MVStore mvStore;
    private MVMap<String, String> documents;
    private EmbeddedReadModelStore store;
    private ReadModelBatchCommit batchCommit;
    private TransactionManager transactions;
    private TokenStore tokens;
    private Path atTokenCommit;

    @BeforeEach
    void open() {
        mvStore = new MVStore.Builder().fileName(dir.resolve("mongo.mv").toString()).autoCommitDisabled().open();
        documents = mvStore.openMap("documents");
        store = new EmbeddedReadModelStore(mvStore, EmbeddedReadModelStore.Opening.OPENED, null);
        ReadModelStoreCommit counted = new ReadModelStoreCommit() {
            @Override
            public void commit() {
                commits.incrementAndGet();
                steps.add("store committed");
                store.commit();
            }

            @Override
            public void recordPosition(String processor, int segment, long position) {
                steps.add("position " + processor + "/" + segment + "=" + position);
                store.recordPosition(processor, segment, position);
            }
        };
        batchCommit = new ReadModelBatchCommit(counted);
        transactions = batchCommit.transactions(new SpringTransactionManager(new TokenDatabase()));
        tokens = batchCommit.tokens(new RecordingTokenStore());
    }

    @AfterEach
    void close() {
        mvStore.closeImmediately();
    }

    @Test
    void aBatchCommitsTheStoreOnceAfterAWriteRegisteredOnItsLastEventAndBeforeItsToken() throws Exception {
        runBatch(3, 7L, false);

        assertThat(steps).containsExactly("token stored", "flush", "position " + GROUP + "/0=7", "store committed",
                "token committed");
        assertThat(commits).hasValue(1);
        try (MVStore copy = MVStore.open(atTokenCommit.toString())) {
            assertThat(copy.<String, String>openMap("documents")).containsEntry("doc-3", "written");
            assertThat(new EmbeddedReadModelStore(copy, EmbeddedReadModelStore.Opening.OPENED, null)
                    .position(GROUP, 0)).contains(7L);
        }
    }

    @Test
    void aBatchThatFailsCommitsNeitherTheStoreNorItsToken() {
        assertThatThrownBy(() -> runBatch(3, 7L, true)).isInstanceOf(IllegalStateException.class);

        assertThat(steps).doesNotContain("store committed", "token committed").contains("token rolled back");
        assertThat(commits).hasValue(0);
    }

    @Test
    void aTransactionJoinedByAnotherCommitsTheStoreOnceWithTheOuterOne() {
        Transaction outer = transactions.startTransaction();
        Transaction inner = transactions.startTransaction();
        tokens.storeToken(token(4L), GROUP, 0);
        inner.commit();
        assertThat(commits).hasValue(0);

        outer.commit();
        assertThat(commits).hasValue(1);
        assertThat(store.position(GROUP, 0)).contains(4L);
    }

    @Test
    void aProcessorTransactionWithoutAToken_aDeadLetterRetry_stillCommitsTheStore() {
        transactions.executeInTransaction(() -> documents.put("retried", "written"));

        assertThat(steps).containsExactly("store committed", "token committed");
        assertThat(store.hasPositions()).isFalse();
    }

    @Test
    void aTokenWithoutAPositionRecordsNone() {
        transactions.executeInTransaction(() -> tokens.storeToken(null, GROUP, 0));

        assertThat(store.position(GROUP, 0)).isEmpty();
        assertThat(commits).hasValue(1);
    }

    @Test
    void tokensStoredOutsideAProcessorTransactionRecordNoPosition() {
        tokens.storeToken(token(9L), GROUP, 0);

        assertThat(store.position(GROUP, 0)).isEmpty();
        assertThat(commits).hasValue(0);
    }

    @Test
    void claimingASegmentTellsTheProjectionsOfThatProcessor() {
        List<String> claimed = new ArrayList<>();
        TokenStore claiming = new ReadModelBatchCommit(store, claimed::add).tokens(new RecordingTokenStore());

        claiming.fetchToken(GROUP, 0);
        claiming.fetchToken("intervention-details", Segment.ROOT_SEGMENT);
        claiming.storeToken(token(3L), GROUP, 0);
        claiming.extendClaim(GROUP, 0);

        assertThat(claimed).containsExactly(GROUP, "intervention-details");
    }

    /** As WorkPackage.processEvents: transaction attached, token stored on prepare-commit, then the handlers. */
    private void runBatch(int events, long position, boolean fail) throws Exception {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            messages.add(GenericEventMessage.asEventMessage("event-" + i));
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.attachTransaction(transactions);
        batch.onPrepareCommit(u -> tokens.storeToken(token(position), GROUP, 0));
        batch.executeWithResult(() -> {
            // a projection buffering its writes registers its flush on the first event it handles: here the last
            if (batch.isLastMessage()) {
                String id = "doc-" + events;
                CurrentUnitOfWork.get().root().onPrepareCommit(u -> {
                    documents.put(id, "written");
                    steps.add("flush");
                });
                if (fail) {
                    throw new IllegalStateException("handler failed");
                }
            }
            return null;
        });
        if (batch.getExecutionResult().isExceptionResult()) {
            throw (Exception) batch.getExecutionResult().getExceptionResult();
        }
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }

    /** PostgreSQL as far as the test needs it: when the token commits, the store's file is copied as it is. */
    private final class TokenDatabase extends AbstractPlatformTransactionManager {

        private boolean active;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return active;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            active = true;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            steps.add("token committed");
            try {
                atTokenCommit = Files.copy(dir.resolve("mongo.mv"), dir.resolve("at-token-commit.mv"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            steps.add("token rolled back");
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            active = false;
        }
    }

    private final class RecordingTokenStore implements TokenStore {

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            steps.add("token stored");
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return null;
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[] {0};
        }

        @Override
        public Optional<String> retrieveStorageIdentifier() {
            return Optional.of("test");
        }
    }
}
