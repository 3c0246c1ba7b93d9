package qc.logbook.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponents;

/**
 * What the page frame needs on every page, added to the model of a response rendered as a page only. A {@code
 * @ModelAttribute} advice on {@code @Controller} would also run for every REST request ({@code @RestController} is
 * a {@code @Controller}), for a model no one renders; and added to a redirect's model, it would end up in the
 * redirect's address.
 */
class PageFrame implements HandlerInterceptor {

    static final String OTHER_LANGUAGE_URL = "otherLanguageUrl";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView
                || page.getViewName() != null && (page.getViewName().startsWith("redirect:")
                || page.getViewName().startsWith("forward:"))) {
            return;
        }
        page.addObject(OTHER_LANGUAGE_URL, otherLanguageUrl(request, RequestContextUtils.getLocale(request)));
    }

    /** This page's address (path and query, as sent) with {@code lang} set to the other language. */
    static String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "fr" : "en";
        UriComponents uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
