package qc.logbook.ele.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.practice.command.PracticeForms.complete;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.TestUsers;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * A coordinator of Lévis and Bellechasse, at phone width: forms a local team, is refused a regional measure (a
 * coordinator of every territory defines it), submits a project naming a published practice, is refused a support
 * above the project's total cost on the support field in French then in English, grants, completes, and finds the
 * project on the funding table and on the practice's page. Axe on every page; captures at phone and desktop.
 */
@BrowserTest
@AutoConfigureMockMvc
class ElePagesBrowserTest {

    private static final String PRACTICE = "Groupes de couponnage solidaires";
    private static final String TITLE = "Groupes de couponnage";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void aCoordinatorRunsAProjectFromTheTeamToTheFundingTable() throws Exception {
        UUID practice = publishedPractice();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.COORDINATOR, BrowserUsers.PASSWORD);
            browser.find("a[href='/ele/measures']").click();
            browser.waiting().until(d -> browser.path().startsWith("/ele/measures"));
            assertThat(browser.find("h1").getText()).isEqualTo("Mesures de financement ÉLÉ");

            // a measure is regional: this coordinator of two territories is refused, what was typed kept
            browser.type("name", "Mesure de soutien aux plans d’action des ÉLÉ").type("period-firstYear", "2013")
                    .type("period-lastYear", "2016").type("envelope", "50 000");
            browser.find("form[action='/ele/measures'] button[type=submit]").click();
            browser.await("[data-error-summary]");
            assertThat(browser.find("[data-error-summary]").getText()).contains("tous les territoires");
            assertThat(browser.find("#envelope").getDomProperty("value")).isEqualTo("50 000");
            browser.assertAccessible().capture("ele-measures-refused");
            String measure = regionalMeasure();

            browser.go("/ele/teams").find("a[href='/ele/teams/new']").click();
            browser.await("#name");
            browser.assertAccessible().capture("ele-team-form");
            browser.type("name", "ÉLÉ de Lévis");
            new Select(browser.find("#territory")).selectByValue("LEVIS");
            browser.type("members-workers", "2").type("members-tenants", "4")
                    .type("members-communityPartners", "3").type("members-institutionalPartners", "2")
                    .type("partnerOrganisations-1", "Maison de la famille").type("tenantNeeds-1", "Boucler le budget");
            browser.find("form[action='/ele/teams'] button[type=submit]").click();
            browser.waiting().until(d -> browser.path().startsWith("/ele/teams?done=formed"));
            // other tests of the same application may have formed teams too: this one is among them
            assertThat(browser.findAll("[data-team]")).anySatisfy(card -> assertThat(card.getText())
                    .contains("ÉLÉ de Lévis", "2 intervenant·e·s, 4 locataires"));
            browser.assertAccessible().capture("ele-teams");

            browser.go("/ele/measures/" + measure);
            assertThat(browser.find("[data-remaining]").getText()).isEqualTo("50 000 $");
            browser.assertAccessible().capture("ele-measure");
            // the practice list comes from the repository's search, which may follow its publication by a moment
            browser.waiting().until(d -> {
                browser.go("/ele/measures/" + measure + "/projects/new");
                return !browser.findAll("#practiceId option[value='" + practice + "']").isEmpty();
            });
            new Select(browser.find("#localTeamId")).selectByVisibleText("ÉLÉ de Lévis (Lévis)");
            browser.type("title", TITLE);
            browser.find("label[for='territories-LEVIS']").click();
            browser.type("participants-persons", "22")
                    .type("outcomes-1", "Des alliances et de l’entraide se sont développées entre les femmes.")
                    .type("totalCost", "7 905");
            browser.find("label[for='researchDocumented']").click();
            new Select(browser.find("#practiceId")).selectByVisibleText(PRACTICE);
            browser.assertAccessible().capture("ele-project-form");
            browser.find("form[action$='/projects'] button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("done=submitted"));
            String projectPath = browser.path().substring(0, browser.path().indexOf('?'));
            assertThat(browser.find("[data-practice]").getText()).isEqualTo(PRACTICE);
            assertThat(browser.find("[data-project-status]").getText()).isEqualTo("Soumis");

            // support above the total cost: on the support field, in French, what was typed kept
            browser.type("support", "9 000");
            browser.find("form[action$='/support'] button[type=submit]").click();
            browser.await("#support-error");
            assertThat(browser.find("#support-error").getText())
                    .isEqualTo("Le soutien ne peut pas dépasser le coût total du projet (7 905 $).");
            assertThat(browser.find("#support").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#support").getDomProperty("value")).isEqualTo("9 000");
            browser.assertAccessible().capture("ele-project-refused");
            // then in English
            browser.go(projectPath + "?lang=en");
            browser.type("support", "9000");
            browser.find("form[action$='/support'] button[type=submit]").click();
            browser.await("#support-error");
            assertThat(browser.find("#support-error").getText())
                    .isEqualTo("The support cannot exceed the project’s total cost ($7,905).");
            browser.assertAccessible().capture("ele-project-refused-en");

            browser.go(projectPath + "?lang=fr");
            browser.type("support", "3 625");
            browser.find("form[action$='/support'] button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("done=granted"));
            assertThat(browser.find("[data-project-status]").getText()).isEqualTo("Financé");
            assertThat(browser.find("[data-support-of-total]").getText()).isEqualTo("3 625 $ / 7 905 $");
            browser.find("form[action$='/completion'] button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("done=completed"));
            assertThat(browser.find("[data-project-status]").getText()).isEqualTo("Réalisé");
            assertThat(browser.findAll("[data-step]")).extracting(e -> e.getAttribute("data-step"))
                    .containsExactly("SUBMITTED", "SUPPORT_GRANTED", "COMPLETED");
            assertThat(browser.find("[data-remaining]").getText()).isEqualTo("46 375 $");
            browser.assertAccessible().capture("ele-project");

            // the table of this measure only (other tests of the same application may have recorded the seed's)
            String funding = "/funding?measureId=" + measure;
            browser.go(funding);
            browser.waiting().until(d -> {
                if (browser.findAll("[data-total]").isEmpty()) {
                    browser.go(funding);
                    return false;
                }
                return true;
            });
            assertThat(browser.find("tbody[data-territory='LEVIS']").getText()).contains(TITLE, "22 participants");
            assertThat(browser.find("[data-total]").getText()).isEqualTo("3 625 $ / 7 905 $");
            browser.assertAccessible().capture("ele-funding");

            browser.go("/practices/" + practice);
            browser.waiting().until(d -> {
                if (browser.findAll("[data-uses='projects']").isEmpty()) {
                    browser.go("/practices/" + practice);
                    return false;
                }
                return true;
            });
            assertThat(browser.find("[data-uses='projects']").getText()).startsWith("1 projet");
            assertThat(browser.find(".practice-uses__table tbody").findElement(By.cssSelector("tr")).getText())
                    .contains("Lévis");
            browser.script("document.querySelector('.practice-uses').scrollIntoView()");
            browser.assertAccessible().capture("ele-practice-uses");
        }
    }

    private UUID publishedPractice() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/practices", Map.of("id", id, "form", complete().toBuilder().name(PRACTICE).build()));
        post("/api/v1/practices/" + id + "/submission", null);
        post("/api/v1/practices/" + id + "/publication", null);
        return id;
    }

    /** Defined by a coordinator of every territory, as the rule wants. */
    private String regionalMeasure() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/funding-measures", Map.of("id", id, "name", "Mesure de soutien aux plans d’action des ÉLÉ",
                "period", Map.of("firstYear", 2013, "lastYear", 2016), "envelope", 50000));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/funding-measures/" + id).with(TestUsers.superUser()))
                .andExpect(jsonPath("$.envelope").value("50000.00")));
        return id.toString();
    }

    private void post(String path, Object body) throws Exception {
        var request = MockMvcRequestBuilders.post(path).with(TestUsers.superUser());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        mvc.perform(request).andExpect(status().is2xxSuccessful());
    }
}
