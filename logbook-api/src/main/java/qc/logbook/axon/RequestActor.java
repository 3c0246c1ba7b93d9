package qc.logbook.axon;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting in the current request: the pseudonymous user id for audit metadata, and the request id. */
@Component
public class RequestActor {

    /** The id used when no user is authenticated (start-up tasks, background jobs). */
    public static final String SYSTEM = "system";

    public String userId() {
        return SYSTEM;
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
