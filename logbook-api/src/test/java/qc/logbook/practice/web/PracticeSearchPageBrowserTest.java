package qc.logbook.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.logbook.practice.command.PracticeForms.complete;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * An evaluator finds practices in the repository: three practices are published through the REST API by a
 * coordinator, then in the browser a search typed without accents finds the ones written with them, two facets
 * narrow the results to one, the address keeps the facets (a reload shows the same), and the practice's page puts
 * its key messages first. axe-core on every page, captures at phone and desktop width.
 */
@BrowserTest
// stores of its own: the counts it expects are of the practices it publishes, not of other browser tests'
@org.springframework.test.context.TestPropertySource(properties = "logbook.test.stores=practice-search")
class PracticeSearchPageBrowserTest {

    private static final String CAFE = "Café-rencontre des aînés";
    private static final String KEY_MESSAGE = "Les aînés sortent de chez eux et se parlent chaque mardi.";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEvaluatorSearchesWithoutAccentsNarrowsWithFacetsAndReadsAPractice() throws Exception {
        String cafe = publish(complete().toBuilder().name(CAFE)
                .regions(Set.of(AdministrativeRegion.CHAUDIERE_APPALACHES)).tenure(PracticeTenure.HLM)
                .selfRating(SelfRating.PORTEUSE).keyMessage1(KEY_MESSAGE)
                .keyMessage2("« Un café, c’est plus qu’un café : c’est une occasion de créer des liens. »")
                .build());
        publish(complete().toBuilder().name("Jardin collectif des aînés")
                .regions(Set.of(AdministrativeRegion.CHAUDIERE_APPALACHES)).tenure(PracticeTenure.COOP)
                .keyMessage1("Des légumes et des liens.").build());
        publish(complete().toBuilder().name("Cuisine collective des aînés")
                .regions(Set.of(AdministrativeRegion.MONTREAL)).tenure(PracticeTenure.HLM).build());
        // submitted, never published: work in progress, neither found nor readable by an evaluator
        String submitted = UUID.randomUUID().toString();
        send("/api/v1/practices", json.writeValueAsString(Map.of("id", submitted,
                "form", complete().toBuilder().name("Atelier des aînés en attente").build())), 201);
        send("/api/v1/practices/" + submitted + "/submission", null, 204);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.EVALUATOR, BrowserUsers.PASSWORD);
            browser.find(".site-nav a[href='/practices']").click();
            browser.await("#practice-search");
            // the projection may lag the last publication by a moment
            browser.waiting().until(d -> {
                d.navigate().refresh();
                return browser.findAll(".practice-card").size() == 3;
            });
            shot(browser, "search-all");

            // Typed without accents nor plural, the words find the practices written with them.
            browser.script("window.samePage = true;");
            browser.type("q", "aine");
            browser.find("#practice-search button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("q=aine"));
            browser.waiting().until(d -> browser.find("#practice-search-status").getText()
                    .equals("3 pratiques trouvées"));
            assertThat(names(browser)).containsExactlyInAnyOrder(CAFE, "Jardin collectif des aînés",
                    "Cuisine collective des aînés");
            assertThat(browser.script("return window.samePage === true;")).as("htmx swapped the results in")
                    .isEqualTo(true);
            assertThat(facetCount(browser, "region", "CHAUDIERE_APPALACHES")).isEqualTo("2");
            assertThat(facetCount(browser, "region", "MONTREAL")).isEqualTo("1");

            // Two facets narrow the results: Chaudière-Appalaches (2), then HLM (1).
            tick(browser, "region", "CHAUDIERE_APPALACHES");
            browser.waiting().until(d -> browser.find("#practice-search-status").getText()
                    .equals("2 pratiques trouvées"));
            // the region's other values still tell what they would add; tenure counts are those of the region
            assertThat(facetCount(browser, "region", "MONTREAL")).isEqualTo("1");
            assertThat(facetCount(browser, "tenure", "HLM")).isEqualTo("1");
            tick(browser, "tenure", "HLM");
            browser.waiting().until(d -> browser.find("#practice-search-status").getText()
                    .equals("1 pratique trouvée"));
            assertThat(names(browser)).containsExactly(CAFE);
            WebElement card = browser.find(".practice-card");
            assertThat(card.getText()).contains("Chaudière-Appalaches", "HLM", "Porteuse", KEY_MESSAGE);
            assertThat(browser.path()).contains("q=aine", "region=CHAUDIERE_APPALACHES", "tenure=HLM");
            shot(browser, "search-narrowed");

            // The address keeps the search: a reload (as a bookmark would) shows the same.
            browser.script("window.samePage = false;");
            browser.driver().navigate().refresh();
            browser.await("#practice-search");
            assertThat(browser.find("#q").getAttribute("value")).isEqualTo("aine");
            assertThat(browser.find("#f-region-CHAUDIERE_APPALACHES").isSelected()).isTrue();
            assertThat(browser.find("#f-tenure-HLM").isSelected()).isTrue();
            assertThat(names(browser)).containsExactly(CAFE);

            // Nothing found: the page offers to remove each ticked value.
            browser.go("/practices?q=aine&region=MONTREAL&tenure=COOP");
            assertThat(browser.find("#practice-search-status").getText()).isEqualTo("Aucune pratique trouvée");
            List<WebElement> removals = browser.findAll(".practice-empty__removals a");
            assertThat(removals).hasSize(2);
            assertThat(removals.get(0).getText()).contains("Montréal");
            shot(browser, "search-empty");
            removals.get(1).click();
            browser.waiting().until(d -> browser.findAll(".practice-card").size() == 1);
            assertThat(names(browser)).containsExactly("Cuisine collective des aînés");

            // The practice's page: key messages first, then the sections in the form's order.
            browser.go("/practices?q=aine");
            browser.findAll(".practice-card__name a").stream().filter(a -> a.getText().equals(CAFE)).findFirst()
                    .orElseThrow().click();
            browser.waiting().until(d -> browser.path().equals("/practices/" + cafe));
            assertThat(browser.find("h1").getText()).isEqualTo(CAFE);
            List<String> headings = browser.findAll(".practice-page h2").stream().map(WebElement::getText).toList();
            assertThat(headings.get(0)).isEqualTo("Messages clés");
            assertThat(headings.subList(1, headings.size())).startsWith("2. Régions", "3. Tenure",
                    "4. Description de la pratique").contains("18. Auto-caractérisation de la pratique")
                    .endsWith("Dans le journal de bord");
            assertThat(browser.find(".practice-uses").getText())
                    .contains("Aucune intervention du journal de bord ni aucun projet ÉLÉ n’a encore appliqué cette pratique.");
            assertThat(browser.find(".practice-page__message").getText()).isEqualTo(KEY_MESSAGE);
            assertThat(browser.find("#section-18").findElement(org.openqa.selenium.By.xpath("..")).getText())
                    .contains("Porteuse", "« C’est bon, ça marche! »");
            shot(browser, "practice-page");

            // Printed, the page is the practice's words only: no header, navigation, footer or buttons.
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find(".site-header").isDisplayed()).isFalse();
            assertThat(browser.find(".site-footer").isDisplayed()).isFalse();
            assertThat(browser.find(".practice-page__print").isDisplayed()).isFalse();
            assertThat(browser.find(".practice-page__message").isDisplayed()).isTrue();
            browser.capture("practices-practice-page-print");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            // In English, the taxonomies are labelled in English.
            browser.find(".site-header__lang").click();
            browser.waiting().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
            assertThat(browser.find(".practice-page h2").getText()).isEqualTo("Key messages");
            assertThat(browser.find("#section-18").findElement(org.openqa.selenium.By.xpath("..")).getText())
                    .contains("Proven");
            shot(browser, "practice-page-en");

            // A practice never published, like an id that is no practice, is "page not found" to an evaluator.
            browser.go("/practices/" + submitted);
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
            browser.go("/practices/" + UUID.randomUUID());
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        }
    }

    private static List<String> names(Browser browser) {
        return browser.findAll(".practice-card__name").stream().map(WebElement::getText).toList();
    }

    private static String facetCount(Browser browser, String facet, String code) {
        WebElement value = browser.find("#f-" + facet + "-" + code + " + label .practice-facet__count");
        return value.getAttribute("textContent").strip();
    }

    /** Opens the facet's group if folded, and ticks the value. */
    private static void tick(Browser browser, String facet, String code) {
        WebElement details = browser.find("details[data-facet='" + facet + "']");
        if (details.getAttribute("open") == null) {
            details.findElement(org.openqa.selenium.By.cssSelector("summary")).click();
        }
        browser.find("label[for='f-" + facet + "-" + code + "']").click();
    }

    private static void shot(Browser browser, String name) {
        browser.assertAccessible().capture("practices-" + name);
    }

    /** Drafts, submits and publishes a practice through the REST API as a coordinator; returns its id. */
    private String publish(PracticeForm form) throws Exception {
        String id = UUID.randomUUID().toString();
        send("/api/v1/practices", json.writeValueAsString(Map.of("id", id, "form", form)), 201);
        send("/api/v1/practices/" + id + "/submission", null, 204);
        send("/api/v1/practices/" + id + "/publication", null, 204);
        return id;
    }

    private void send(String path, String body, int expected) throws Exception {
        String credentials = BrowserUsers.COORDINATOR + ":" + BrowserUsers.PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expected);
    }
}
