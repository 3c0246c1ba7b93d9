package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * A frozen node (a long GC pause, a stopped VM, a hung process whose connection stays open) holds its open batch
 * transaction, and with it the row of the token it was processing. Another node trying to take that token over must
 * not wait behind it without limit: each attempt gives up after the lock timeout, and the frozen session is ended
 * after the idle-in-transaction timeout, after which the claim succeeds once the frozen node's claim has lapsed.
 */
@LogbookIntegrationTest
class FrozenNodeIntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ConnectionProvider connections;

    @Autowired
    TokenSchema schema;

    @Autowired
    Serializer serializer;

    @Autowired
    ProcessingProperties bounds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherNodeTakesOverAFrozenNodesTokenWithinTheBounds() throws Exception {
        String group = "frozen-node-" + UUID.randomUUID();
        // The processors' own transactions, with their bounds.
        TransactionManager transactions = processing.transactionManager("intervention-details");
        Duration claimTimeout = Duration.ofSeconds(10);
        JdbcTokenStore frozenNode = tokenStore("node-frozen", claimTimeout);
        JdbcTokenStore otherNode = tokenStore("node-other", claimTimeout);
        transactions.executeInTransaction(() -> frozenNode.initializeTokenSegments(group, 1));
        transactions.executeInTransaction(() -> frozenNode.fetchToken(group, 0));

        // The frozen node's batch: it has extended its claim (locking the row) and then hangs.
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch thawed = new CountDownLatch(1);
        CompletableFuture<Void> frozenBatch = CompletableFuture.runAsync(() -> {
            Transaction batch = transactions.startTransaction();
            frozenNode.extendClaim(group, 0);
            holding.countDown();
            try {
                thawed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batch.commit();
        });
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        Duration bound = bounds.idleInTransactionTimeout().plus(claimTimeout).plus(bounds.lockTimeout())
                .plusSeconds(5);
        AtomicLong longestAttempt = new AtomicLong();
        long start = System.nanoTime();
        await("the other node's claim").atMost(bound).pollInterval(Duration.ofMillis(500)).until(() -> {
            long attempt = System.nanoTime();
            try {
                transactions.executeInTransaction(() -> otherNode.fetchToken(group, 0));
                return true;
            } catch (RuntimeException lockTimeoutOrStillClaimed) {
                return false;
            } finally {
                longestAttempt.accumulateAndGet(System.nanoTime() - attempt, Math::max);
            }
        });

        assertThat(Duration.ofNanos(longestAttempt.get())).isLessThan(bounds.lockTimeout().plusSeconds(3));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
        // When the frozen node wakes up, its batch cannot commit: PostgreSQL ended its session.
        thawed.countDown();
        assertThatThrownBy(frozenBatch::join).isNotNull();
        assertThat(jdbc.queryForObject("SELECT owner FROM token_entry WHERE processor_name = ?", String.class, group))
                .isEqualTo("node-other");
    }

    private JdbcTokenStore tokenStore(String node, Duration claimTimeout) {
        return JdbcTokenStore.builder().connectionProvider(connections).schema(schema).serializer(serializer)
                .nodeId(node).claimTimeout(claimTimeout).build();
    }
}
