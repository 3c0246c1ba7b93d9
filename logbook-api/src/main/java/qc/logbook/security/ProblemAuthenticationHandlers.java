package qc.logbook.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import qc.logbook.web.FieldError;
import qc.logbook.web.Problems;

/** 401 and 403 as problem documents, like every other refusal of the API. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

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
                new FieldError(null, "authentication.required", "Connectez-vous pour accéder à cette ressource.",
                        "Sign in to access this resource."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                new FieldError(null, "role.insufficient", "Votre rôle ne permet pas cette action.",
                        "Your role does not allow this action."));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                       FieldError error) throws IOException {
        String[] titles = Problems.titles(status);
        Locale locale = request.getLocale();
        ProblemDetail problem = Problems.of(status, type, titles[0], titles[1], List.of(error),
                request.getHeader("Accept-Language") == null ? Locale.CANADA_FRENCH : locale);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
