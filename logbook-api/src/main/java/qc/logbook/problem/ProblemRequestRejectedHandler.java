package qc.logbook.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses paths that could fool the authorisation rules ({@code %2e%2e}, {@code //},
 * {@code ;x=1}, encoded slashes…) before any other filter runs. Spring Security uses this bean instead of its
 * default, which answered with an empty 400 that the container then dressed as an HTML or Spring Boot error page.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemMessages messages;
    private final ObjectMapper json;

    ProblemRequestRejectedHandler(ProblemMessages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException {
        // The exception's message quotes the request: neither logged nor sent back.
        ProblemDetail problem = messages.problem(HttpStatus.BAD_REQUEST, "request-rejected",
                List.of(messages.fieldError(null, "request.rejected", "rule.request.rejected")),
                ProblemMessages.localeOf(request));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
