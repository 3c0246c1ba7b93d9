package qc.logbook.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error dispatch ({@code /error}) answers, replacing Spring Boot's error JSON: the same
 * problem document as every other refusal. It serves refusals made outside Spring MVC — a filter's
 * {@code sendError}, an exception thrown in a filter — and any request for {@code /error} itself.
 *
 * <p>A browser asking for a page ({@code text/html}) outside the API's paths gets a page instead: the error pages of
 * {@code templates/error/}, in the reader's language, with the same status.
 */
@RestController
class ProblemErrorController implements ErrorController {

    /** Paths of programs, not people: their refusals are always the problem document. */
    private static final List<String> API_PATHS = List.of("/api/", "/actuator", "/v3/", "/swagger-ui");

    private final ProblemMessages messages;

    ProblemErrorController(ProblemMessages messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        ProblemDetail problem = messages.problem(status, ProblemHandler.typeOf(status), List.of(),
                ProblemMessages.localeOf(request));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && isPlainPath(path)) {
            problem.setInstance(URI.create(path));
        }
        // Whatever the client accepts: the document is the answer, as for the refusals of the API itself.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A person's browser on a page path: an error page, not JSON. The API's paths always get the document. */
    @RequestMapping(value = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    Object errorPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && API_PATHS.stream().anyMatch(path::startsWith)) {
            return error(request);
        }
        HttpStatusCode status = statusOf(request);
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status.is5xxServerError() ? "error/500" : "error";
        };
        ModelAndView page = new ModelAndView(view, HttpStatus.valueOf(status.value()));
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value <= 599) {
            return HttpStatusCode.valueOf(value);
        }
        // /error asked for directly: there is nothing there
        return code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** Only a path made of safe characters is echoed back (a rejected path may hold anything). */
    static boolean isPlainPath(String path) {
        return path.length() <= 200 && path.matches("[A-Za-z0-9/._~-]*");
    }
}
