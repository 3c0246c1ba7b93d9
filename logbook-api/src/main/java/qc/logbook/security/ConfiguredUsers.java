package qc.logbook.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import qc.logbook.domain.TerritoryScope;

/**
 * The users of the embedded default, from configuration. Passwords are only ever held as bcrypt hashes. When no
 * administrator is configured, one named {@code admin} is created with a random password, printed once on the console
 * at start-up (not in the log files), so a new installation can be administered at all.
 */
class ConfiguredUsers implements UserDetailsService {

    private final Map<String, LogbookUserDetails> users = new LinkedHashMap<>();

    ConfiguredUsers(List<SecurityProperties.UserEntry> entries, PasswordEncoder encoder) {
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
        boolean hasAdmin = users.values().stream().anyMatch(u -> u.user().has(Role.ADMIN));
        if (!hasAdmin) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            users.put("admin", new LogbookUserDetails(
                    new LogbookUser("admin", Set.of(Role.ADMIN), Set.of(TerritoryScope.ALL)), encoder.encode(password)));
            // Printed on the console only, once: it must not end up in log files.
            System.out.println("""

                    ==================================================================
                     No administrator is configured: created user 'admin'
                     with password %s
                     Configure logbook.security.users to replace it.
                    ==================================================================
                    """.formatted(password));
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LogbookUserDetails user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        // A copy: Spring Security erases the password of the instance it authenticates.
        return new LogbookUserDetails(user.user(), user.getPassword());
    }

    List<LogbookUser> all() {
        return new ArrayList<>(users.values().stream().map(LogbookUserDetails::user).toList());
    }
}
