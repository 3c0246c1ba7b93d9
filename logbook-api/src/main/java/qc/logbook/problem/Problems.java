package qc.logbook.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem documents in the house shape: {@code title} and {@code detail} in the reader's language
 * (French unless the request asks for English), both languages in {@code title_fr}/{@code title_en}, and the list of
 * {@link FieldError}s. The texts come from the bundles through {@link ProblemMessages}.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String titleFr, String titleEn,
                                   List<FieldError> errors, Locale locale) {
        boolean english = isEnglish(locale);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(english ? titleEn : titleFr);
        problem.setProperty("title_fr", titleFr);
        problem.setProperty("title_en", titleEn);
        if (errors != null && !errors.isEmpty()) {
            FieldError first = errors.get(0);
            problem.setDetail(english ? first.messageEn() : first.messageFr());
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Whether a reader of this locale gets English; everyone else gets French, the default. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
