package qc.logbook.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** What the page frame needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class PageFrameAdvice {

    /** This page's address (path and query, as sent) with {@code lang} set to the other language. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "fr" : "en";
        UriComponents uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
