package qc.logbook.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import qc.logbook.domain.RuleViolation;

/**
 * Query parameters are checked once for every endpoint, before any handler runs (and so before an export starts
 * streaming): no control character and no text that is not valid Unicode (PostgreSQL refuses NUL, and a servlet
 * container turns broken UTF-8 into U+FFFD), and instants within years 1 to 9999 (the range of the stores: an instant
 * of year +999999999 parses, then overflows every database timestamp).
 */
@Configuration(proxyBeanMethods = false)
class RequestParameters implements WebMvcConfigurer {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CleanParameters());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new BoundedInstants());
    }

    private static final class CleanParameters implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotSupportedException {
            requireConcreteContentType(request.getContentType());
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
            Instant instant = instants.parse(text, locale);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new IllegalArgumentException("instant out of range, year "
                        + instant.atOffset(ZoneOffset.UTC).getYear());
            }
            return instant;
        }

        @Override
        public String print(Instant instant, Locale locale) {
            return instants.print(instant, locale);
        }
    }
}
