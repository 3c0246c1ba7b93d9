package qc.logbook.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users from configuration ({@code logbook.security.users}). Passwords are only ever held as bcrypt hashes. Their
 * login is also their pseudonymous id. They cannot be changed on the pages or through the API: configuration is their
 * source. Accounts managed by admins live in the database ({@link AccountStore}).
 */
class ConfiguredUsers implements UserDetailsService {

    private final Map<String, LogbookUserDetails> users = new LinkedHashMap<>();

    ConfiguredUsers(List<SecurityProperties.UserEntry> entries) {
        for (SecurityProperties.UserEntry entry : entries) {
            if (entry.username() == null || entry.passwordHash() == null) {
                throw new IllegalStateException("logbook.security.users: every user needs a username and a passwordHash");
            }
            String hash = entry.passwordHash().startsWith("{bcrypt}")
                    ? entry.passwordHash().substring("{bcrypt}".length()) : entry.passwordHash();
            if (!hash.startsWith("$2")) {
                throw new IllegalStateException("logbook.security.users: passwordHash of " + entry.username()
                        + " must be a bcrypt hash");
            }
            users.put(entry.username(), new LogbookUserDetails(
                    new LogbookUser(entry.username(), entry.roles(), entry.territories()), hash));
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    Optional<LogbookUserDetails> find(String username) {
        // A copy: Spring Security erases the password of the instance it authenticates.
        return Optional.ofNullable(users.get(username)).map(LogbookUserDetails::copy);
    }

    boolean contains(String username) {
        return users.containsKey(username);
    }

    boolean hasAdmin() {
        return users.values().stream().anyMatch(u -> u.user().has(Role.ADMIN));
    }

    List<LogbookUser> all() {
        return new ArrayList<>(users.values().stream().map(LogbookUserDetails::user).toList());
    }
}
