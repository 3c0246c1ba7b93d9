package qc.logbook.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Tomcat's own error report, as a problem document instead of its HTML page. Tomcat refuses some requests before any
 * servlet, filter or Spring component sees them ({@code %00} or an encoded slash in the path, a header too large),
 * and reports them through the host's error report valve: this one. Installed by {@link ContainerErrors}.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final ProblemMessages MESSAGES = ProblemMessages.fromBundles();
    /** Spring's builder brings the mix-in that writes a ProblemDetail's properties at the top level. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String language = request.getHeader("Accept-Language");
        Locale locale = language == null ? ProblemMessages.FRENCH : request.getLocale();
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        ProblemDetail problem = MESSAGES.problem(code, ProblemHandler.typeOf(code), List.of(), locale);
        try {
            byte[] body = JSON.writeValueAsBytes(problem);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot take a body any more: nothing more to tell
        }
    }
}
