package qc.logbook.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import qc.logbook.intervention.web.PageNotFoundException;

/**
 * Failures of the pages answer a page in the reader's language, not the API's problem document: this advice comes
 * before the API's, for the page controllers only.
 */
@ControllerAdvice(basePackages = {"qc.logbook.pages", "qc.logbook.intervention.web",
        "qc.logbook.dashboard.web", "qc.logbook.practice.web", "qc.logbook.ele.web", "qc.logbook.export.web",
        "qc.logbook.admin.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        return page("error/404", HttpStatus.NOT_FOUND, request, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request, Locale locale) {
        return page("error/403", HttpStatus.FORBIDDEN, request, locale);
    }

    /** A request the page cannot take (a filter value that is no code, a wrong method): its own status. */
    @ExceptionHandler({org.springframework.web.ErrorResponseException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.HttpRequestMethodNotSupportedException.class})
    ModelAndView refused(Exception e, HttpServletRequest request, Locale locale) {
        HttpStatus status = e instanceof org.springframework.web.ErrorResponse response
                ? HttpStatus.resolve(response.getStatusCode().value()) : HttpStatus.BAD_REQUEST;
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        return page(status == HttpStatus.NOT_FOUND ? "error/404" : "error", status, request, locale);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, Locale locale) {
        // The exception's type and place only: its message may quote what was typed (personal data).
        log.error("Page {} failed: {} at {}", request.getRequestURI(), e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR, request, locale);
    }

    private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject(PageFrame.OTHER_LANGUAGE_URL, PageFrame.otherLanguageUrl(request, locale));
        return page;
    }
}
