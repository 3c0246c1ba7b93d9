package qc.logbook.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import qc.logbook.intervention.api.TenantRef;

/** Who read which tenant's history, and when; kept in PostgreSQL, readable by administrators. */
public class TenantAccessLog {

    /** One recorded read. {@code tenantRef} is null once the tenant has been forgotten. */
    public record Entry(long id, Instant accessedAt, String userId, String tenantRef, UUID interventionId) {
    }

    private final JdbcTemplate jdbc;
    private final SubjectKeyStore keys;

    public TenantAccessLog(JdbcTemplate jdbc, SubjectKeyStore keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * Records a read of a tenant's history. A tenant already forgotten, whose reference a read model still shows until
     * its projection has scrubbed it, is recorded without its reference: the read happened, the reference is not
     * kept again after it was erased here.
     */
    public void record(String userId, TenantRef tenant, UUID interventionId) {
        if (TenantRef.ERASED.equals(tenant)) {
            return;
        }
        String subject = "tenant:" + tenant.value();
        jdbc.update("insert into tenant_access_log (accessed_at, user_id, subject_hash, tenant_ref, intervention_id) "
                        + "values (?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), userId,
                keys.hashOf(subject), keys.forgotten(subject) ? null : tenant.value(), interventionId);
    }

    public List<Entry> page(String tenantRef, int page, int size) {
        String where = tenantRef == null ? "" : " where subject_hash = ?";
        Object[] args = tenantRef == null
                ? new Object[] {size, (long) page * size}
                : new Object[] {keys.hashOf("tenant:" + tenantRef), size, (long) page * size};
        return jdbc.query("select id, accessed_at, user_id, tenant_ref, intervention_id from tenant_access_log" + where
                        + " order by id desc limit ? offset ?",
                (rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class)), args);
    }

    /** Recorded reads of one tenant's history. */
    public int countTenant(String tenantRef) {
        Integer count = jdbc.queryForObject("select count(*) from tenant_access_log where subject_hash = ?",
                Integer.class, keys.hashOf("tenant:" + tenantRef));
        return count == null ? 0 : count;
    }

    /** Erases the reference of a forgotten tenant; the fact that reads happened stays. */
    public void eraseTenant(String tenantRef) {
        jdbc.update("update tenant_access_log set tenant_ref = null where subject_hash = ?",
                keys.hashOf("tenant:" + tenantRef));
    }
}
