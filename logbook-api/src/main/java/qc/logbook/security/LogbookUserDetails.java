package qc.logbook.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A user who signs in with a password (configured or stored in the database): Spring Security's user plus the
 * logbook's view of it. The login name ({@link #getUsername()}) and the pseudonymous id ({@link LogbookUser#id()},
 * recorded as the worker and in event metadata) differ for database accounts; for configured users they are the same.
 */
public class LogbookUserDetails extends User {

    private final transient LogbookUser user;

    public LogbookUserDetails(LogbookUser user, String passwordHash) {
        this(user.id(), user, passwordHash, true);
    }

    public LogbookUserDetails(String username, LogbookUser user, String passwordHash, boolean enabled) {
        super(username, passwordHash, enabled, true, true, true,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.user = user;
    }

    public LogbookUser user() {
        return user;
    }

    /** A copy that Spring Security may erase the password of, leaving the stored instance intact. */
    LogbookUserDetails copy() {
        return new LogbookUserDetails(getUsername(), user, getPassword(), isEnabled());
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

}
