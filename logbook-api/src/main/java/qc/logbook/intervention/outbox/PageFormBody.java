package qc.logbook.intervention.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import qc.logbook.intervention.rest.InterventionRequest;
import qc.logbook.reference.Territories;
import qc.logbook.security.CurrentUser;

/**
 * An outbox entry is what the entry form would have posted, and the form leaves some inputs to the server, which
 * decides them whatever the browser sent (as the pages' form post does): the worker is the signed-in account, the
 * region is the chosen territory's. Applied to the JSON before binding, so the request record, its validation and the
 * problem documents stay exactly the API's.
 */
@ControllerAdvice(assignableTypes = OutboxSyncController.class)
class PageFormBody extends RequestBodyAdviceAdapter {

    private final CurrentUser currentUser;
    private final ObjectMapper json;

    PageFormBody(CurrentUser currentUser, ObjectMapper json) {
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == InterventionRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] sent = message.getBody().readAllBytes();
        JsonNode body;
        try {
            body = json.readTree(sent);
        } catch (IOException unreadable) {
            return copy(message, sent); // the converter reports it as the API does
        }
        if (!(body instanceof ObjectNode entry)) {
            return copy(message, sent);
        }
        entry.put("workerId", currentUser.require().id());
        JsonNode territory = entry.get("territory");
        if (territory != null && territory.isTextual()) {
            Territories.byCode(territory.asText()).ifPresent(t -> entry.put("region", t.region().name()));
        }
        return copy(message, json.writeValueAsBytes(entry));
    }

    private static HttpInputMessage copy(HttpInputMessage original, byte[] body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return original.getHeaders();
            }
        };
    }
}
