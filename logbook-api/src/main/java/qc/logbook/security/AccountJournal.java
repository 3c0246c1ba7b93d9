package qc.logbook.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account journal (table {@code account_change}): written in the same transaction as the change it records. */
class AccountJournal {

    private final JdbcTemplate jdbc;

    AccountJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String actorId, Account account, AccountChange.Kind kind, String detail, Instant at) {
        jdbc.update("insert into account_change (changed_at, actor_id, username, account_id, change, detail) "
                        + "values (?, ?, ?, ?, ?, ?)", Timestamp.from(at), actorId, account.username(), account.id(),
                kind.name(), detail);
    }

    /** Most recent first; {@code page} starts at 0. */
    AccountChangePage page(int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from account_change", Long.class);
        List<AccountChange> items = jdbc.query("select change_id, changed_at, actor_id, username, account_id, change, "
                        + "detail from account_change order by changed_at desc, change_id desc limit ? offset ?",
                (rs, i) -> new AccountChange(rs.getLong("change_id"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("actor_id"), rs.getString("username"), rs.getString("account_id"),
                        AccountChange.Kind.valueOf(rs.getString("change")), rs.getString("detail")),
                size, (long) page * size);
        long count = total == null ? 0 : total;
        return new AccountChangePage(items, page, size, count, (count + size - 1) / size);
    }
}
