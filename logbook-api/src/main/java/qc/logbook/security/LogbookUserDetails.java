package qc.logbook.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A configured user: Spring Security's user plus the logbook's view of it (roles and territories). */
public class LogbookUserDetails extends User {

    private final transient LogbookUser user;

    public LogbookUserDetails(LogbookUser user, String passwordHash) {
        super(user.id(), passwordHash,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.user = user;
    }

    public LogbookUser user() {
        return user;
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
