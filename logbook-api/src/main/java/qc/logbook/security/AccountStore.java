package qc.logbook.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * Accounts in PostgreSQL, in Spring Security's JDBC user schema plus the logbook's columns (V21__accounts.sql).
 * Sign-in goes through {@link JdbcUserDetailsManager}'s own loading; the columns Spring's schema lacks are read by an
 * overridden user query, so a loaded user is a {@link LogbookUserDetails} with its pseudonymous id and territories.
 */
class AccountStore extends JdbcUserDetailsManager {

    private static final String COLUMNS = "username, password, enabled, account_id, territories, created_at, updated_at";

    AccountStore(DataSource dataSource) {
        super(dataSource);
        setEnableGroups(false);
        setEnableAuthorities(true);
    }

    @Override
    protected List<UserDetails> loadUsersByUsername(String username) {
        // Roles are not known yet (they are read next, from authorities); createUserDetails completes the user.
        return getJdbcTemplate().query("select " + COLUMNS + " from users where username = ?",
                (rs, i) -> new LogbookUserDetails(rs.getString("username"),
                        new LogbookUser(rs.getString("account_id"), Set.of(), territories(rs.getString("territories"))),
                        rs.getString("password"), rs.getBoolean("enabled")), username);
    }

    @Override
    protected UserDetails createUserDetails(String username, UserDetails userFromUserQuery,
                                            List<GrantedAuthority> combinedAuthorities) {
        LogbookUserDetails loaded = (LogbookUserDetails) userFromUserQuery;
        LogbookUser user = new LogbookUser(loaded.user().id(), CurrentUser.roles(combinedAuthorities),
                loaded.user().territories());
        return new LogbookUserDetails(loaded.getUsername(), user, loaded.getPassword(), loaded.isEnabled());
    }

    List<Account> all() {
        return getJdbcTemplate().query("select " + COLUMNS + " from users order by username", this::account);
    }

    Optional<Account> find(String username) {
        return getJdbcTemplate().query("select " + COLUMNS + " from users where username = ?", this::account,
                username).stream().findFirst();
    }

    Optional<Account> findById(String accountId) {
        return getJdbcTemplate().query("select " + COLUMNS + " from users where account_id = ?", this::account,
                accountId).stream().findFirst();
    }

    boolean anyAdmin() {
        Integer count = getJdbcTemplate().queryForObject(
                "select count(*) from authorities where authority = ?", Integer.class, Role.ADMIN.authority());
        return count != null && count > 0;
    }

    void insert(Account account, String passwordHash) {
        getJdbcTemplate().update("insert into users (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)",
                account.username(), passwordHash, account.enabled(), account.id(),
                join(account.territories()), Timestamp.from(account.createdAt()), Timestamp.from(account.updatedAt()));
        insertRoles(account.username(), account.roles());
    }

    void update(String username, Set<Role> roles, Set<String> territories, Instant now) {
        getJdbcTemplate().update("update users set territories = ?, updated_at = ? where username = ?",
                join(territories), Timestamp.from(now), username);
        getJdbcTemplate().update("delete from authorities where username = ?", username);
        insertRoles(username, roles);
    }

    void setEnabled(String username, boolean enabled, Instant now) {
        getJdbcTemplate().update("update users set enabled = ?, updated_at = ? where username = ?",
                enabled, Timestamp.from(now), username);
    }

    void setPassword(String username, String passwordHash, Instant now) {
        getJdbcTemplate().update("update users set password = ?, updated_at = ? where username = ?",
                passwordHash, Timestamp.from(now), username);
    }

    Optional<String> passwordHash(String username) {
        return getJdbcTemplate().queryForList("select password from users where username = ?", String.class,
                username).stream().findFirst();
    }

    private void insertRoles(String username, Set<Role> roles) {
        for (Role role : roles) {
            getJdbcTemplate().update("insert into authorities (username, authority) values (?, ?)",
                    username, role.authority());
        }
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        String username = rs.getString("username");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String authority : getJdbcTemplate().queryForList(
                "select authority from authorities where username = ?", String.class, username)) {
            Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)).forEach(roles::add);
        }
        return new Account(username, rs.getString("account_id"), roles, territories(rs.getString("territories")),
                rs.getBoolean("enabled"), false, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static String join(Set<String> territories) {
        return String.join(",", new TreeSet<>(territories));
    }

    static Set<String> territories(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
