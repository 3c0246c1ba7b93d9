package qc.logbook.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.view.RedirectView;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** The page frame's link to the other language: on every rendered page, never on a redirect or an API answer. */
@LogbookIntegrationTest
class PageFrameTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRenderedPageLinksToItselfInTheOtherLanguage() throws Exception {
        mvc.perform(get("/interventions?page=2").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isOk())
                .andExpect(model().attribute(PageFrame.OTHER_LANGUAGE_URL, "/interventions?page=2&lang=en"));
        mvc.perform(get("/interventions?lang=en").with(TestUsers.worker("LEVIS")))
                .andExpect(model().attribute(PageFrame.OTHER_LANGUAGE_URL, "/interventions?lang=fr"));
    }

    @Test
    void redirectsAndAnswersWithoutAPageGetNothing() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ele/teams");
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(Locale.CANADA_FRENCH));
        ModelAndView redirect = new ModelAndView("redirect:/ele/teams?done=formed");
        ModelAndView redirectView = new ModelAndView(new RedirectView("/admin/dead-letters"));
        ModelAndView page = new ModelAndView("ele/teams");

        PageFrame frame = new PageFrame();
        for (ModelAndView view : new ModelAndView[] {redirect, redirectView, page}) {
            frame.postHandle(request, new MockHttpServletResponse(), new Object(), view);
        }
        frame.postHandle(request, new MockHttpServletResponse(), new Object(), null);

        assertThat(redirect.getModel()).isEmpty();
        assertThat(redirectView.getModel()).isEmpty();
        assertThat(page.getModel()).containsEntry(PageFrame.OTHER_LANGUAGE_URL, "/ele/teams?lang=en");
    }
}
