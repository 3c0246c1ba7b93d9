package qc.logbook.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/** Signing in and out, and the language switch, in a real browser at phone size. */
@BrowserTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aWorkerSignsInInFrenchSwitchesToEnglishAndSignsOut() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.find("h1").getText()).isEqualTo("Connexion");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            browser.assertAccessible().capture("login");

            browser.type("username", BrowserUsers.WORKER).type("password", "wrong password");
            browser.find("form[action$='/login'] button[type=submit]").click();
            assertThat(browser.await("[role=alert]").getText())
                    .isEqualTo("Nom d’utilisateur ou mot de passe incorrect.");
            browser.assertAccessible().capture("login-refused");

            browser.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.find("h1").getText()).isEqualTo("Accueil");
            browser.assertAccessible().capture("home");

            browser.find(".site-header__lang").click();
            browser.waiting().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
            assertThat(browser.find("h1").getText()).isEqualTo("Home");
            browser.go("/");
            assertThat(browser.find("h1").getText()).as("the choice is kept").isEqualTo("Home");

            browser.find("form[action$='/logout'] button").click();
            browser.waiting().until(d -> browser.path().startsWith("/login"));
            assertThat(browser.find("[role=status]").getText()).isEqualTo("You are signed out.");
            browser.go("/");
            assertThat(browser.path()).as("signed out for good").startsWith("/login");
        }
    }
}
