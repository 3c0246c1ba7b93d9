package qc.logbook.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.store.ReadModelStoreCommit;

/**
 * The event processors' transactions (tracking tokens, claims, dead letters) commit without waiting for the WAL flush
 * ({@code SET LOCAL synchronous_commit TO OFF}). A crash can then lose the last token updates, and the processors
 * handle those events again: the projections are idempotent, so the read models come out the same. What must survive
 * a crash — the events appended by commands — keeps synchronous commits. Without this, every processor batch waited
 * for its own fsync, and with small batches (events arriving one by one) the two processors' commits halved the
 * command throughput on a two-core machine (see docs/benchmark.md).
 * <p>
 * The same transactions are bounded in time ({@link ProcessingProperties}): a frozen node's open batch transaction
 * holds its token rows, and another node's claim would otherwise wait behind it without limit. {@code SET LOCAL}
 * keeps the bounds inside processor transactions: command transactions, which append the events, are not affected.
 * <p>
 * And each of them commits the read-model store just before it commits itself, once, after the batch's writes, with
 * the positions of the tokens it stored ({@link ReadModelBatchCommit}): the store's durability is here, not in the
 * projections. The same token store tells the projections when this node claims a segment, so that what they kept of
 * their documents across batches is forgotten (decision 0031).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
class ProjectionTransactionConfiguration {

    @Bean
    ConfigurerModule asynchronousCommitForEventProcessors(PlatformTransactionManager transactions,
                                                          DataSource dataSource, ProcessingProperties bounds,
                                                          ReadModelStoreCommit readModelStore,
                                                          ReadModelGenerations generations,
                                                          ObjectProvider<TokenStore> tokenStore) {
        TransactionManager spring = new SpringTransactionManager(transactions);
        String settings = "SET LOCAL synchronous_commit TO OFF;"
                + " SET LOCAL idle_in_transaction_session_timeout = " + bounds.idleInTransactionTimeout().toMillis()
                + "; SET LOCAL lock_timeout = " + bounds.lockTimeout().toMillis();
        TransactionManager relaxed = () -> {
            Transaction transaction = spring.startTransaction();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (Statement statement = connection.createStatement()) {
                statement.execute(settings);
            } catch (SQLException e) {
                transaction.rollback();
                throw new IllegalStateException("Could not relax the commit of a processor transaction", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            return transaction;
        };
        ReadModelBatchCommit batchCommit = new ReadModelBatchCommit(readModelStore, generations::forgetCommitted);
        TransactionManager processors = batchCommit.transactions(relaxed);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultTransactionManager(c -> processors)
                .registerTokenStore(c -> batchCommit.tokens(tokenStore.getObject())));
    }
}
