package qc.logbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * The sealing side of the key store remembers a subject's live key, so that a command about a known subject costs no
 * key-store query, but never a key that was not committed, nor one that was destroyed.
 */
@LogbookIntegrationTest
class SubjectKeyStoreIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    MasterKey masterKey;

    @Autowired
    PlatformTransactionManager transactions;

    private final AtomicInteger queries = new AtomicInteger();
    private JdbcTemplate jdbc;
    private SubjectKeyStore keys;

    @BeforeEach
    void newStore() {
        jdbc = new JdbcTemplate(dataSource) {
            @Override
            public <T> T query(PreparedStatementCreator psc, PreparedStatementSetter pss, ResultSetExtractor<T> rse) {
                queries.incrementAndGet();
                return super.query(psc, pss, rse);
            }
        };
        keys = new SubjectKeyStore(jdbc, masterKey);
    }

    private static String newSubject() {
        return "tenant:KEYSTORE-" + UUID.randomUUID();
    }

    @Test
    void remembersACommittedKeyWithoutAskingTheKeyStoreAgain() {
        String subject = newSubject();
        SubjectKeyStore.SubjectKey first = keys.keyFor(subject);
        int after = queries.get();

        SubjectKeyStore.SubjectKey second = keys.keyFor(subject);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(queries.get()).isEqualTo(after);
    }

    @Test
    void neverRemembersAKeyWhoseTransactionRolledBack() {
        String subject = newSubject();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        UUID rolledBack = inTransaction.execute(status -> {
            UUID id = keys.keyFor(subject).id();
            status.setRollbackOnly();
            return id;
        });

        UUID afterwards = keys.keyFor(subject).id();

        assertThat(afterwards).isNotEqualTo(rolledBack);
        assertThat(jdbc.queryForObject("select count(*) from keystore.subject_key where key_id = ?", Integer.class,
                afterwards)).isOne();
    }

    @Test
    void remembersAKeyCreatedInATransactionOnceItCommitted() {
        String subject = newSubject();
        UUID created = new TransactionTemplate(transactions).execute(status -> keys.keyFor(subject).id());
        int after = queries.get();

        assertThat(keys.keyFor(subject).id()).isEqualTo(created);
        assertThat(queries.get()).isEqualTo(after);
    }

    @Test
    void aDestroyedKeyIsNeverUsedToSealAgain() {
        String subject = newSubject();
        UUID old = keys.keyFor(subject).id();

        keys.destroy(old);
        UUID renewed = keys.keyFor(subject).id();

        assertThat(renewed).isNotEqualTo(old);
        assertThat(keys.keyById(old)).isEmpty();
        assertThat(keys.keyById(renewed)).isPresent();
        assertThat(keys.open(renewed, "notes", keys.seal(keys.keyFor(subject), "notes", "à revoir")))
                .contains("à revoir");
    }

    @Test
    void aSubjectIsForgottenOnceItsKeyIsDestroyedUntilItIsServedAgain() {
        String subject = newSubject();
        assertThat(keys.forgotten(subject)).isFalse(); // never seen
        SubjectKeyStore.SubjectKey first = keys.keyFor(subject);
        assertThat(keys.forgotten(subject)).isFalse();

        keys.destroy(first.id());
        assertThat(keys.forgotten(subject)).isTrue();

        keys.keyFor(subject); // served again: a new key
        assertThat(keys.forgotten(subject)).isFalse();
    }

    @Test
    void aReadOfAForgottenTenantIsLoggedWithoutItsReference() {
        String reference = "KEYSTORE-" + UUID.randomUUID();
        TenantAccessLog log = new TenantAccessLog(jdbc, keys);
        log.record("reader", new qc.logbook.intervention.api.TenantRef(reference), null);
        keys.destroy(keys.keyFor("tenant:" + reference).id());
        log.eraseTenant(reference);
        // a read model not yet scrubbed still shows the reference, and is read again
        log.record("reader", new qc.logbook.intervention.api.TenantRef(reference), null);

        assertThat(log.page(reference, 0, 10)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.tenantRef()).isNull());
    }
}
