package qc.logbook.intervention.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * A worker's day with the journal de bord, in a real browser at phone size: record an intervention (refused once,
 * in French then in English), refer the tenant, record the outcome from « Références à suivre », find it in the list,
 * the timeline and this year's figures, then correct and cancel it with reasons. Every page is checked with axe-core
 * and captured at phone and desktop width.
 */
@BrowserTest
class InterventionPagesBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Toronto"));

    @LocalServerPort
    int port;

    @Test
    void aWorkerRecordsRefersFollowsUpCorrectsAndCancels() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            assertThat(browser.find(".home-open__count").getText()).isEqualTo("0");
            shot(browser, "home-first-visit");

            browser.find("main a[href='/interventions/new']").click();
            browser.await("#intervention-form");
            assertThat(browser.find("#date").getAttribute("value")).isEqualTo(TODAY.toString());
            shot(browser, "entry-form");

            // A date in the future: refused by the domain, on the date, in French; everything typed is kept.
            fill(browser, TODAY.plusDays(3));
            browser.script("window.samePage = true;");
            browser.find("#intervention-form button[type=submit]").click();
            WebElement error = browser.await("#date-error");
            assertThat(browser.script("return window.samePage === true;")).as("htmx swapped the refusal in")
                    .isEqualTo(true);
            assertThat(error.getText()).contains("futur");
            assertThat(browser.find("#date").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("[data-error-summary] a").getAttribute("href")).endsWith("#date");
            assertThat(browser.find("#notes").getAttribute("value")).isEqualTo("Demande d’aide pour un budget.");
            assertThat(browser.find("#targetGroups-FAMILIES").isSelected()).isTrue();
            shot(browser, "entry-refused-fr");

            // The same in English.
            browser.find(".site-header__lang").click();
            browser.waiting().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
            fill(browser, TODAY.plusDays(3));
            browser.find("#intervention-form button[type=submit]").click();
            assertThat(browser.await("#date-error").getText()).contains("future");
            assertThat(browser.find("[data-error-summary]").getText()).startsWith("Please check the following");
            shot(browser, "entry-refused-en");

            // Back in French, the intervention is recorded.
            browser.find(".site-header__lang").click();
            browser.waiting().until(d -> "fr".equals(browser.find("html").getAttribute("lang")));
            fill(browser, TODAY);
            browser.find("#intervention-form button[type=submit]").click();
            browser.waiting().until(d -> browser.path().matches("/interventions/[0-9a-f-]{36}\\?done=recorded"));
            String detail = browser.path().substring(0, browser.path().indexOf('?'));
            assertThat(browser.await("main [role=status]").getText()).isEqualTo("Intervention enregistrée.");
            assertThat(browser.find(".facts--detail").getText()).contains("Lévis", "OMH de Lévis", "T-2041");
            shot(browser, "detail-recorded");

            // Refer the tenant: sector, then need.
            new Select(browser.find("#sector")).selectByValue("HEALTH_AND_SOCIAL_SERVICES");
            new Select(browser.find("#need")).selectByValue("MENTAL_HEALTH");
            browser.find("#referral-form button[type=submit]").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"),
                    "Référence enregistrée."));
            assertThat(browser.find(".referral").getText()).contains("Santé mentale", "Suite à inscrire");
            shot(browser, "detail-referred");

            // Later: the referral waits in « Références à suivre », where its outcome is recorded.
            // the home page's figure comes from the breakdown's cells, another read model: it may take a moment
            browser.waiting().until(d -> {
                browser.go("/");
                return browser.find(".home-open__count").getText().equals("1");
            });
            browser.find(".home-open__link").click();
            browser.waiting().until(d -> browser.path().startsWith("/referrals/open"));
            assertThat(browser.findAll("main .referral")).hasSize(1);
            shot(browser, "open-referrals");
            new Select(browser.find(".outcome-form select[name=outcome]")).selectByValue("COMPLETED");
            browser.find(".outcome-form button[type=submit]").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"),
                    "Suite de la référence enregistrée."));
            assertThat(browser.findAll("main .referral")).isEmpty();
            shot(browser, "open-referrals-closed");

            // Found in the list, its timeline, and this year's figures.
            browser.go("/interventions");
            assertThat(browser.findAll(".intervention-card")).hasSize(1);
            assertThat(browser.find(".intervention-card").getText()).contains("Lévis", "Familles");
            shot(browser, "list");
            browser.find(".intervention-card a").click();
            browser.waiting().until(d -> browser.path().equals(detail));
            assertThat(browser.find(".timeline").getText()).contains("Intervention inscrite", "Locataire référé",
                    "Suite de la référence inscrite — Complétée", "par worker-levis");
            browser.go("/");
            assertThat(browser.find("#figures").getText()).contains("Références\n1", "Références complétées\n1");
            shot(browser, "home-after-follow-up");

            // Corrected with a reason.
            browser.go(detail);
            browser.find("main a[href$='/correct']").click();
            browser.await("#correction-form");
            assertThat(browser.find("#durationMinutes").getAttribute("value")).isEqualTo("45");
            browser.type("durationMinutes", "60").type("reason", "Durée mal inscrite");
            shot(browser, "correction-form");
            browser.find("#correction-form button[type=submit]").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"),
                    "Correction enregistrée."));
            assertThat(browser.find(".facts--detail").getText()).contains("60 minutes");
            assertThat(browser.find(".timeline").getText()).contains("Intervention corrigée",
                    "Raison : Durée mal inscrite");

            // Cancelled with a reason, after a confirmation step.
            browser.find("main a[href$='/cancel']").click();
            browser.await("#cancellation-form");
            shot(browser, "cancel-confirm");
            browser.find("#cancellation-form button[type=submit]").click();
            assertThat(browser.await("#reason-error").getText()).isEqualTo("Indiquez la raison.");
            browser.type("reason", "Inscrite en double");
            browser.find("#cancellation-form button[type=submit]").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"),
                    "Intervention annulée."));
            assertThat(browser.find(".timeline").getText()).contains("Intervention annulée",
                    "Raison : Inscrite en double");
            assertThat(browser.findAll("main a[href$='/cancel']")).as("no follow-up once cancelled").isEmpty();
            shot(browser, "detail-cancelled");
        }
    }

    @Test
    void aCollectiveInterventionCountsItsParticipantsAndSupportsAGroupInEnglish() {
        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            browser.go("/interventions/new");
            browser.find("label[for=mode-COLLECTIVE]").click();
            assertThat(browser.find("#tenantRef").isDisplayed()).isFalse();
            assertThat(browser.find("#tenantRef").isEnabled()).as("not sent").isFalse();
            assertThat(browser.find("#participants").isDisplayed()).isTrue();
            new Select(browser.find("#territory")).selectByValue("BELLECHASSE");
            browser.type("housingOrganisation", "Coop Les Berges");
            browser.find("label[for=tenure-COOP]").click();
            browser.type("participants", "12");
            browser.find("label[for=targetGroups-ALL_TENANTS]").click();
            browser.find("label[for=supportCategories-COLLECTIVE_LIFE]").click();
            browser.type("durationMinutes", "90");
            new Select(browser.find("#workerRole")).selectByValue("COMMUNITY_ORGANISATION");
            shot(browser, "entry-collective-en");
            browser.find("#intervention-form button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("?done=recorded"));
            assertThat(browser.await("main [role=status]").getText()).isEqualTo("Intervention saved.");

            new Select(browser.find("#actionKind")).selectByValue("TENANT_ASSOCIATION");
            new Select(browser.find("#supportKind")).selectByValue("FACILITATION");
            browser.type("groupName", "ADL des Berges");
            assertThat(browser.find("#groupName-hint").getText()).contains("never a person’s name");
            browser.find("#support-form button[type=submit]").click();
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"),
                    "Support to the collective action saved."));
            assertThat(browser.find("main").getText()).contains("Tenant association", "ADL des Berges");
            shot(browser, "detail-collective-en");

            browser.go("/interventions/00000000-0000-0000-0000-000000000000");
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
            shot(browser, "not-found-en");
        }
    }

    @Test
    void aPageOutsideTheReadersRoleSaysSoInTheirLanguage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.EVALUATOR, BrowserUsers.PASSWORD);
            browser.go("/interventions/new");
            assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
            shot(browser, "forbidden");
        }
    }

    /** axe-core on the page, then its captures, from the top of the page (an htmx swap may have scrolled). */
    private static void shot(Browser browser, String name) {
        browser.assertAccessible();
        fitsA360PixelPhone(browser, name);
        browser.script("window.scrollTo(0, 0);");
        browser.capture(name);
    }

    /** Nothing sticks out sideways on the narrowest phone the pages are made for. */
    private static void fitsA360PixelPhone(Browser browser, String name) {
        org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        browser.driver().manage().window().setSize(before);
        assertThat(overflow.intValue()).as("horizontal overflow at 360 px on %s", name).isLessThanOrEqualTo(0);
    }

    /** The entry form as a worker fills it in on a phone: taps on tiles, a few words typed. */
    private static void fill(Browser browser, LocalDate date) {
        browser.script("arguments[0].value = arguments[1];", browser.find("#date"), date.toString());
        new Select(browser.find("#territory")).selectByValue("LEVIS");
        browser.type("housingOrganisation", "OMH de Lévis");
        click(browser, "tenure-HLM_OMH");
        click(browser, "mode-INDIVIDUAL");
        browser.type("tenantRef", "T-2041");
        click(browser, "targetGroups-FAMILIES");
        click(browser, "ageGroups-AGE_35_64");
        browser.type("durationMinutes", "45");
        click(browser, "supportCategories-INFORMATION_AND_REFERRAL");
        browser.type("notes", "Demande d’aide pour un budget.");
        new Select(browser.find("#workerRole")).selectByValue("OUTREACH_WORKER");
    }

    /** Ticks a tile (once: a second tap would untick it) by tapping its label, as a person does. */
    private static void click(Browser browser, String id) {
        if (!browser.find("#" + id).isSelected()) {
            WebElement label = browser.find("label[for='" + id + "']");
            browser.script("arguments[0].scrollIntoView({block: 'center'});", label);
            label.click();
        }
    }
}
