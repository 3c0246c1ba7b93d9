package qc.logbook.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every user who signs in with a password: configured users first, then the database's accounts. A username exists in
 * one place only ({@link Accounts} refuses to create one that configuration holds); should configuration later name a
 * database account's username, the configured user wins, as configuration is what the operator edits deliberately.
 * The only {@link UserDetailsService} bean, so Spring Boot's authentication manager uses it for the form and Basic.
 */
public class LogbookUsers implements UserDetailsService {

    private final ConfiguredUsers configured;
    private final AccountStore database;

    LogbookUsers(ConfiguredUsers configured, AccountStore database) {
        this.configured = configured;
        this.database = database;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<LogbookUserDetails> user = configured.find(username);
        return user.isPresent() ? user.get() : database.loadUserByUsername(username);
    }

    /** The account of a username, configured or stored. */
    public Optional<Account> find(String username) {
        return configured.find(username).map(LogbookUsers::configuredAccount).or(() -> database.find(username));
    }

    /** The account of a pseudonymous id, configured or stored. */
    public Optional<Account> findById(String accountId) {
        return configured.all().stream().filter(u -> u.id().equals(accountId)).findFirst()
                .flatMap(u -> configured.find(u.id())).map(LogbookUsers::configuredAccount)
                .or(() -> database.findById(accountId));
    }

    /** Every account, sorted by username. */
    public List<Account> all() {
        List<Account> all = new ArrayList<>(database.all());
        all.removeIf(a -> configured.contains(a.username()));
        configured.all().forEach(u -> all.add(configuredAccount(configured.find(u.id()).orElseThrow())));
        all.sort(Comparator.comparing(Account::username));
        return all;
    }

    boolean anyAdmin() {
        return configured.hasAdmin() || database.anyAdmin();
    }

    boolean configured(String username) {
        return configured.contains(username);
    }

    AccountStore database() {
        return database;
    }

    List<LogbookUser> configuredUsers() {
        return configured.all();
    }

    private static Account configuredAccount(LogbookUserDetails details) {
        return new Account(details.getUsername(), details.user().id(), details.user().roles(),
                details.user().territories(), details.isEnabled(), true, null, null);
    }
}
