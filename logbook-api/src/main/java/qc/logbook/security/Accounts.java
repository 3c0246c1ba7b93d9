package qc.logbook.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.reference.Territories;

/**
 * Managing accounts: what admins do (create, change roles and territories, disable, enable, reset a password) and what
 * every user does (change their own password). The REST API and the pages both call this, so both refuse the same
 * things with the same rule violations. Every change is written to the account journal in the same transaction.
 */
public class Accounts {

    /** A login: lower-case letters, digits and {@code . _ -}, 3 to 64 characters. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    /** The actor of changes made by the application itself (the first start), as in event metadata. */
    static final String SYSTEM = "system";

    private final LogbookUsers users;
    private final AccountStore store;
    private final AccountJournal journal;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;

    Accounts(LogbookUsers users, AccountJournal journal, PasswordEncoder encoder, TransactionTemplate transactions) {
        this.users = users;
        this.store = users.database();
        this.journal = journal;
        this.encoder = encoder;
        this.transactions = transactions;
    }

    /**
     * A new account.
     *
     * @param password {@code null} or blank to have one generated
     */
    public record NewAccount(String username, Set<Role> roles, Set<String> territories, String password) {
    }

    /** @param generatedPassword the password to hand over, shown once; {@code null} when the admin chose it */
    public record Created(Account account, String generatedPassword) {
    }

    public List<Account> all() {
        return users.all();
    }

    public Optional<Account> find(String username) {
        return users.find(username);
    }

    public AccountChangePage journal(int page, int size) {
        return journal.page(page, size);
    }

    public Created create(NewAccount request, LogbookUser actor) {
        String username = request.username() == null ? null : request.username().strip();
        if (username == null || !username.matches(USERNAME)) {
            throw RuleViolation.invalid("username", "account.username-format");
        }
        Set<Role> roles = checkRoles(request.roles());
        Set<String> territories = checkTerritories(request.territories(), roles);
        boolean generated = request.password() == null || request.password().isBlank();
        String password = generated ? PasswordPolicy.generate() : request.password();
        if (!generated) {
            PasswordPolicy.check("password", password, username);
        }
        if (users.find(username).isPresent()) {
            throw usernameTaken();
        }
        String hash = encoder.encode(password);
        Instant now = Instant.now();
        Account account = retryOnIdCollision(() -> new Account(username, PasswordPolicy.newAccountId(), roles,
                territories, true, false, now, now), candidate -> transactions.executeWithoutResult(tx -> {
                    store.insert(candidate, hash);
                    journal.record(actor.id(), candidate, AccountChange.Kind.CREATED, describe(roles, territories), now);
                }));
        return new Created(account, generated ? password : null);
    }

    /** Changes roles and territories; each that changed gets its own journal entry. */
    public Account update(String username, Set<Role> newRoles, Set<String> newTerritories, LogbookUser actor) {
        Account account = stored(username);
        Set<Role> roles = checkRoles(newRoles);
        Set<String> territories = checkTerritories(newTerritories, roles);
        if (account.id().equals(actor.id()) && account.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw selfLockout("roles");
        }
        Instant now = Instant.now();
        transactions.executeWithoutResult(tx -> {
            store.update(username, roles, territories, now);
            if (!roles.equals(account.roles())) {
                journal.record(actor.id(), account, AccountChange.Kind.ROLES_CHANGED, roleNames(roles), now);
            }
            if (!territories.equals(account.territories())) {
                journal.record(actor.id(), account, AccountChange.Kind.TERRITORIES_CHANGED,
                        AccountStore.join(territories), now);
            }
        });
        return stored(username);
    }

    /** Disables or enables an account; a disabled account cannot sign in and its sessions end at their next request. */
    public Account setEnabled(String username, boolean enabled, LogbookUser actor) {
        Account account = stored(username);
        if (!enabled && account.id().equals(actor.id())) {
            throw selfLockout(null);
        }
        if (account.enabled() != enabled) {
            Instant now = Instant.now();
            transactions.executeWithoutResult(tx -> {
                store.setEnabled(username, enabled, now);
                journal.record(actor.id(), account,
                        enabled ? AccountChange.Kind.ENABLED : AccountChange.Kind.DISABLED, null, now);
            });
        }
        return stored(username);
    }

    /**
     * An admin sets a temporary password, or has one generated.
     *
     * @return the generated password, to show once; empty when the admin chose it
     */
    public Optional<String> resetPassword(String username, String temporaryPassword, LogbookUser actor) {
        Account account = stored(username);
        boolean generated = temporaryPassword == null || temporaryPassword.isBlank();
        String password = generated ? PasswordPolicy.generate() : temporaryPassword;
        if (!generated) {
            PasswordPolicy.check("password", password, username);
        }
        Instant now = Instant.now();
        String hash = encoder.encode(password);
        transactions.executeWithoutResult(tx -> {
            store.setPassword(username, hash, now);
            journal.record(actor.id(), account, AccountChange.Kind.PASSWORD_RESET, null, now);
        });
        return generated ? Optional.of(password) : Optional.empty();
    }

    /** A user changes their own password; the current one is required. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        if (users.configured(username)) {
            throw configured();
        }
        Account account = stored(username);
        String hash = store.passwordHash(username).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw RuleViolation.invalid("currentPassword", "password.current-wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, username);
        if (newPassword.equals(currentPassword)) {
            throw RuleViolation.invalid("newPassword", "password.unchanged");
        }
        Instant now = Instant.now();
        String newHash = encoder.encode(newPassword);
        transactions.executeWithoutResult(tx -> {
            store.setPassword(username, newHash, now);
            journal.record(account.id(), account, AccountChange.Kind.PASSWORD_CHANGED, null, now);
        });
    }

    /**
     * The first start's administrator, created when no administrator exists anywhere.
     *
     * @return its generated password, or empty when an administrator exists (or another node just created one)
     */
    Optional<String> createFirstAdministrator(String username) {
        if (users.anyAdmin() || users.find(username).isPresent()) {
            return Optional.empty();
        }
        try {
            Created created = create(new NewAccount(username, Set.of(Role.ADMIN), Set.of(TerritoryScope.ALL), null),
                    new LogbookUser(SYSTEM, Set.of(), Set.of()));
            return Optional.of(created.generatedPassword());
        } catch (DuplicateKeyException | RuleViolation anotherNodeWasFaster) {
            return Optional.empty();
        }
    }

    private Account stored(String username) {
        if (users.configured(username)) {
            throw configured();
        }
        return store.find(username).orElseThrow(() -> RuleViolation.notFound(null, "account.unknown"));
    }

    private static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw RuleViolation.invalid("roles", "account.roles-required");
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }

    private static Set<String> checkTerritories(Set<String> territories, Set<Role> roles) {
        Set<String> checked = territories == null ? Set.of() : territories.stream()
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.toUnmodifiableSet());
        for (String territory : checked) {
            if (!TerritoryScope.ALL.equals(territory) && Territories.byCode(territory).isEmpty()) {
                throw RuleViolation.invalid("territories", "account.territory-unknown");
            }
        }
        if (checked.contains(TerritoryScope.ALL)) {
            checked = Set.of(TerritoryScope.ALL);
        }
        if (checked.isEmpty() && (roles.contains(Role.WORKER) || roles.contains(Role.COORDINATOR))) {
            throw RuleViolation.invalid("territories", "account.territories-required");
        }
        return checked;
    }

    private static RuleViolation usernameTaken() {
        return RuleViolation.conflict("username", "account.username-taken");
    }

    private static RuleViolation selfLockout(String field) {
        return RuleViolation.conflict(field, "account.self-lockout");
    }

    private static RuleViolation configured() {
        return RuleViolation.conflict(null, "account.configured");
    }

    private static String describe(Set<Role> roles, Set<String> territories) {
        return roleNames(roles) + (territories.isEmpty() ? "" : " / " + AccountStore.join(territories));
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)).toString()
                .replaceAll("[\\[\\] ]", "");
    }

    /** Ids are random: on the rare collision with an existing id, draw another. */
    private static Account retryOnIdCollision(Supplier<Account> candidates,
                                              java.util.function.Consumer<Account> insert) {
        for (int attempt = 0; ; attempt++) {
            Account candidate = candidates.get();
            try {
                insert.accept(candidate);
                return candidate;
            } catch (DuplicateKeyException e) {
                if (String.valueOf(e.getMessage()).contains("users_pk")) {
                    throw usernameTaken(); // created at the same moment by another request
                }
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }
}
