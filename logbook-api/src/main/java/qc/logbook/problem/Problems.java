package qc.logbook.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem documents in the house shape: {@code title} and {@code detail} in the reader's language
 * (French unless the request asks for English), both languages in {@code title_fr}/{@code title_en}, and the list of
 * {@link FieldError}s.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String titleFr, String titleEn,
                                   List<FieldError> errors, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
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

    /** French and English titles of the statuses the API answers with. */
    public static String[] titles(HttpStatusCode status) {
        return switch (HttpStatus.valueOf(status.value())) {
            case BAD_REQUEST -> new String[] {"Requête invalide", "Invalid request"};
            case UNAUTHORIZED -> new String[] {"Authentification requise", "Authentication required"};
            case FORBIDDEN -> new String[] {"Accès refusé", "Access denied"};
            case NOT_FOUND -> new String[] {"Ressource introuvable", "Resource not found"};
            case METHOD_NOT_ALLOWED -> new String[] {"Méthode non permise", "Method not allowed"};
            case NOT_ACCEPTABLE -> new String[] {"Format de réponse non disponible", "Response format not available"};
            case CONFLICT -> new String[] {"Conflit avec l'état actuel", "Conflict with the current state"};
            case PAYLOAD_TOO_LARGE -> new String[] {"Requête trop volumineuse", "Request too large"};
            case UNSUPPORTED_MEDIA_TYPE -> new String[] {"Type de contenu non pris en charge", "Unsupported media type"};
            case SERVICE_UNAVAILABLE -> new String[] {"Service temporairement indisponible", "Service temporarily unavailable"};
            default -> status.is5xxServerError()
                    ? new String[] {"Erreur interne", "Internal error"}
                    : new String[] {"Requête refusée", "Request refused"};
        };
    }
}
