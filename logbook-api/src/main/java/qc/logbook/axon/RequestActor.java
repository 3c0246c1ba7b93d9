package qc.logbook.axon;

import java.util.Optional;
import org.springframework.stereotype.Component;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting in the current request: the pseudonymous user id for audit metadata, the territories the user may act
 * in, and the request id.
 */
@Component
public class RequestActor {

    /** The id used when no user is authenticated (start-up tasks, background jobs). */
    public static final String SYSTEM = "system";

    private final CurrentUser currentUser;

    public RequestActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public String userId() {
        return currentUser.get().map(LogbookUser::id).orElse(SYSTEM);
    }

    /** The user's territory scope; none for the system, which is not restricted. */
    public Optional<String> territoryScope() {
        return currentUser.get().map(LogbookUser::scope);
    }

    public Optional<String> requestId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getHeader("X-Request-Id"))
                    .filter(id -> id.matches("[A-Za-z0-9._:-]{1,64}"));
        }
        return Optional.empty();
    }
}
