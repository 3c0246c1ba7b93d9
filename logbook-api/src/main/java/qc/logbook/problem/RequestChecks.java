package qc.logbook.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import qc.logbook.domain.RuleViolation;

/**
 * What every request is checked for before any handler runs (and so before a command is sent or an export starts
 * streaming): a body type that is a type, not a pattern; for a write of the API, an {@code Accept} that admits the
 * JSON answer; and query parameters: no control character and no text that is not valid Unicode (PostgreSQL refuses
 * NUL, and a servlet container turns broken UTF-8 into U+FFFD), and dates and instants within years 1 to 9999 (the
 * range of the stores: an instant of year +999999999 parses, then overflows every database timestamp).
 */
@Configuration(proxyBeanMethods = false)
class RequestChecks implements WebMvcConfigurer {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CleanParameters());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new BoundedInstants());
        // registered after Spring's own: consulted first for every @DateTimeFormat parameter
        registry.addFormatterForFieldAnnotation(new BoundedDateTimeFormats());
    }

    /** Refuses a date or time outside years 1 to 9999; the parse error becomes a 400 naming the parameter. */
    static <T> T requireInRange(T value) {
        if (value instanceof Instant instant) {
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new IllegalArgumentException("instant out of range");
            }
        } else if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            int year = temporal.get(ChronoField.YEAR);
            if (year < 1 || year > 9999) {
                throw new IllegalArgumentException("year out of range");
            }
        }
        return value;
    }

    /** Spring's {@code @DateTimeFormat} parsing, with the range check after it. */
    private static final class BoundedDateTimeFormats implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return standard.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return standard.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = standard.getParser(annotation, fieldType);
            return (text, locale) -> requireInRange(parser.parse(text, locale));
        }
    }

    private static final class CleanParameters implements HandlerInterceptor {

        private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

        /** Whether each handler method answers JSON; as many entries as the application has handler methods. */
        private final Map<Method, Boolean> answersJson = new ConcurrentHashMap<>();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotSupportedException, HttpMediaTypeNotAcceptableException {
            requireConcreteContentType(request.getContentType());
            if (answersJson(handler)) {
                requireJsonAcceptedForWrites(request);
            }
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                String name = parameter.getKey();
                String rule = refusal(name);
                if (rule != null) {
                    throw RuleViolation.invalid(null, rule); // the name itself is not fit to quote back
                }
                for (String value : parameter.getValue()) {
                    rule = refusal(value);
                    if (rule != null) {
                        throw RuleViolation.invalid(name, rule);
                    }
                }
            }
            return true;
        }

        /**
         * A body's type is a type, not a pattern: {@code Content-Type: *}{@code /*} or {@code application/*} (which
         * Spring MVC cannot even hold in its headers) or a type that does not parse is not supported (415).
         */
        private static void requireConcreteContentType(String contentType) throws HttpMediaTypeNotSupportedException {
            if (contentType == null) {
                return;
            }
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    throw new HttpMediaTypeNotSupportedException("wildcard content type");
                }
            } catch (InvalidMediaTypeException e) {
                throw new HttpMediaTypeNotSupportedException("content type does not parse");
            }
        }

        /**
         * An API endpoint (a {@code @ResponseBody} handler), not a page that answers with a view. Looked up once per
         * handler method: the merged-annotation search of the method and its class runs on every request otherwise.
         */
        private boolean answersJson(Object handler) {
            return handler instanceof HandlerMethod method && answersJson.computeIfAbsent(method.getMethod(),
                    m -> method.hasMethodAnnotation(ResponseBody.class)
                            || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
        }

        /**
         * A write of the API answers JSON (or nothing). A client that accepts no JSON is refused before the command runs: found
         * only when the answer is written, the refusal (406) would come after the change was stored.
         */
        private static void requireJsonAcceptedForWrites(HttpServletRequest request)
                throws HttpMediaTypeNotAcceptableException {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept == null || SAFE_METHODS.contains(request.getMethod())) {
                return;
            }
            List<MediaType> accepted;
            try {
                accepted = MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                throw new HttpMediaTypeNotAcceptableException("Accept header does not parse");
            }
            for (MediaType type : accepted) {
                if (type.getQualityValue() > 0 && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
                    return;
                }
            }
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
        }

        private static String refusal(String text) {
            if (text == null) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    return "text.control-character";
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a well-formed pair
                } else if (Character.isSurrogate(c) || c == '\uFFFD') {
                    // U+FFFD: the container's replacement for bytes that were not UTF-8
                    return "text.invalid-unicode";
                }
            }
            return null;
        }
    }

    /** Spring's own instant parsing (ISO-8601, RFC 1123, epoch milliseconds), limited to what the stores hold. */
    private static final class BoundedInstants implements Formatter<Instant> {

        private final InstantFormatter instants = new InstantFormatter();

        @Override
        public Instant parse(String text, Locale locale) throws ParseException {
            return requireInRange(instants.parse(text, locale));
        }

        @Override
        public String print(Instant instant, Locale locale) {
            return instants.print(instant, locale);
        }
    }
}
