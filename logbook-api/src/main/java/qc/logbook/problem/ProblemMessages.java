package qc.logbook.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.ele.api.Money;
import qc.logbook.reference.Labelled;

/**
 * Every text of a refusal, from the message bundles ({@code i18n/problems.properties}, French, and
 * {@code i18n/problems_en.properties}). Problem documents carry both languages; pages show a violation on its field in
 * the reader's language with {@link #message(RuleViolation, Locale)}.
 *
 * <p>Keys: {@code rule.<code>[.<variant>]} for a rule (see {@link RuleViolation#messageKey()}), {@code
 * problem.title.<status>} for the title of a status. Arguments are formatted for the reader: numbers in their
 * language's digits grouping, {@link Labelled} values by their label, {@link RuleViolation.Label}s from the bundles.
 */
@Component
public class ProblemMessages {

    /** The two languages of every problem document. */
    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(ProblemMessages.class);
    private static final String FALLBACK_KEY = "rule.invalid-value";

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The problem bundles alone, for code that runs outside the application context's beans (the security filter
     * chain's handlers, built by hand). Same files, same rules as the application's {@link MessageSource}.
     */
    public static ProblemMessages fromBundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/problems");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return new ProblemMessages(source);
    }

    /** The violation's message in the given language (French unless English is asked for). */
    public String message(RuleViolation violation, Locale locale) {
        return text(violation.messageKey(), locale, violation.args());
    }

    /** The violation as an entry of a problem document's {@code errors}, in both languages. */
    public FieldError toFieldError(RuleViolation violation) {
        return new FieldError(violation.field(), violation.rule(), message(violation, FRENCH),
                message(violation, ENGLISH));
    }

    /** An entry of {@code errors} for a rule that no {@link RuleViolation} carries (framework refusals). */
    public FieldError fieldError(String field, String rule, String key, Object... args) {
        return new FieldError(field, rule, text(key, FRENCH, args), text(key, ENGLISH, args));
    }

    /** Title of a status in the given language: {@code problem.title.<status>}, else the class's (4xx, 5xx). */
    public String title(HttpStatusCode status, Locale locale) {
        String exact = messages.getMessage("problem.title." + status.value(), null, null, language(locale));
        if (exact != null) {
            return exact;
        }
        return text(status.is5xxServerError() ? "problem.title.5xx" : "problem.title.4xx", locale);
    }

    /** A problem document in the house shape, titled in the reader's language (the request's locale). */
    public ProblemDetail problem(HttpStatusCode status, String type, List<FieldError> errors) {
        return problem(status, type, errors, LocaleContextHolder.getLocale());
    }

    public ProblemDetail problem(HttpStatusCode status, String type, List<FieldError> errors, Locale locale) {
        return Problems.of(status, type, title(status, FRENCH), title(status, ENGLISH), errors, locale);
    }

    /** Adds the house's bilingual titles to a problem document the framework built. */
    public void addTitles(ProblemDetail detail, HttpStatusCode status, Locale locale) {
        String fr = title(status, FRENCH);
        String en = title(status, ENGLISH);
        detail.setTitle(Problems.isEnglish(locale) ? en : fr);
        detail.setProperty("title_fr", fr);
        detail.setProperty("title_en", en);
    }

    /**
     * Writes a refusal made outside Spring MVC (a security filter) as the house's problem document, in the request's
     * language, naming the refused path.
     */
    public void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String type, FieldError error) throws IOException {
        ProblemDetail problem = problem(status, type, List.of(error), localeOf(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A text of the bundles with its arguments formatted for {@code locale}. */
    public String text(String key, Locale locale, Object... args) {
        Locale language = language(locale);
        Object[] resolved = resolve(args, language);
        String text = messages.getMessage(key, resolved, null, language);
        if (text == null) {
            // A missing text must not turn a refusal into a 500; the bundle test keeps this from happening.
            log.warn("No message for key {} in {}", key, language);
            return messages.getMessage(FALLBACK_KEY, null, FALLBACK_KEY, language);
        }
        return text;
    }

    private Object[] resolve(Object[] args, Locale locale) {
        if (args == null || args.length == 0) {
            return null;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Labelled labelled) {
                resolved[i] = labelled.label(locale.getLanguage());
            } else if (arg instanceof RuleViolation.Label label) {
                resolved[i] = text(label.key(), locale);
            } else if (arg instanceof Money money) {
                resolved[i] = money.writtenIn(locale.getLanguage()); // « 7 905 $ », "$7,905", as the pages write it
            } else if (arg instanceof Number) {
                resolved[i] = arg; // MessageFormat groups digits in the reader's language: « 1 200 », "1,200"
            } else {
                // Dates, ids: as written, never re-formatted by MessageFormat.
                resolved[i] = String.valueOf(arg);
            }
        }
        return resolved;
    }

    /**
     * The reader's locale for code that runs before Spring MVC resolves it (filters): the request's
     * {@code Accept-Language}, French when there is none (the servlet container would answer with the JVM's locale).
     */
    public static Locale localeOf(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? FRENCH : request.getLocale();
    }

    private static Locale language(Locale locale) {
        return Problems.isEnglish(locale) ? ENGLISH : FRENCH;
    }
}
