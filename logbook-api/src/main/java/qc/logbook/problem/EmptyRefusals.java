package qc.logbook.problem;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A controller that answers a refusal without a body ({@code ResponseEntity.of(Optional.empty())} is a bare 404)
 * still gives the client the house's problem document: Spring MVC consults this advice even for an empty body.
 */
@ControllerAdvice
class EmptyRefusals implements ResponseBodyAdvice<Object> {

    private final ProblemMessages messages;

    EmptyRefusals(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body != null || !(response instanceof ServletServerHttpResponse servlet)
                || !(request instanceof ServletServerHttpRequest servletRequest)) {
            return body;
        }
        int status = servlet.getServletResponse().getStatus();
        if (status < 400) {
            return body;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        List<FieldError> errors = status == 404
                ? List.of(messages.fieldError(null, "not-found", "rule.not-found")) : List.of();
        return messages.problem(code, ProblemHandler.typeOf(code), errors,
                ProblemMessages.localeOf(servletRequest.getServletRequest()));
    }
}
