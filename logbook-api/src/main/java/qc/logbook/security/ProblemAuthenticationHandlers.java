package qc.logbook.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import qc.logbook.problem.FieldError;
import qc.logbook.problem.ProblemMessages;

/** 401 and 403 as problem documents, like every other refusal of the API. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Built by hand in the filter chain, outside the beans: reads the same bundles directly. */
    private static final ProblemMessages MESSAGES = ProblemMessages.fromBundles();

    private final ObjectMapper json;
    private final String challenge;

    ProblemAuthenticationHandlers(ObjectMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                MESSAGES.fieldError(null, "authentication.required", "rule.authentication.required"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                MESSAGES.fieldError(null, "role.insufficient", "rule.role.insufficient"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                       FieldError error) throws IOException {
        MESSAGES.write(json, request, response, status, type, error);
    }
}
