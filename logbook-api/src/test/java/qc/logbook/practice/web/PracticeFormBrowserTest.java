package qc.logbook.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.logbook.practice.command.PracticeForms.complete;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * A practice from its first draft to its publication and a revision, in a real browser at phone width: a worker fills
 * every section of the seed's form, hits a limit (the counter stops at zero, one character more is refused), reloads
 * and finds the draft, submits; a coordinator returns it with a comment; the worker revises and resubmits; the
 * coordinator publishes it, which the API then serves; a revision is reviewed with what changed side by side while
 * the published revision stays what the API shows. axe-core on every page, captures at phone and desktop width.
 */
@BrowserTest
class PracticeFormBrowserTest {

    private static final String NAME = "Jardin collectif des Habitations de Lévis";
    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00a0";
    private static final String GRAPHEMES_OF_KEY_MESSAGE = "return [...new Intl.Segmenter('fr', {granularity: "
            + "'grapheme'}).segment(document.getElementById('f-keyMessage1').value)].length;";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void aPracticeGoesFromDraftToReviewToPublicationAndRevision() throws Exception {
        // Two practices already in the repository, found by the same words: a search and two facets tell them apart.
        publish(complete().toBuilder().name("Serre communautaire de Lévis")
                .regions(Set.of(AdministrativeRegion.CHAUDIERE_APPALACHES)).tenure(PracticeTenure.HLM).build());
        publish(complete().toBuilder().name("Cuisine collective de Lévis")
                .regions(Set.of(AdministrativeRegion.CAPITALE_NATIONALE)).build());
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            browser.go("/practices/mine");
            assertThat(browser.find("main").getText()).contains("Vous n’avez encore inscrit aucune pratique.");
            shot(browser, "practices-mine-empty");

            click(browser, "main a[href='/practices/new']");
            browser.await("#practice-form");
            assertThat(browser.findAll(".practice-section")).hasSize(20);
            assertThat(browser.findAll(".practice-toc li")).hasSize(20);
            assertThat(browser.find("#f-keyMessage1-counter").getText())
                    .isEqualTo("1" + NNBSP + "200 caractères restants");
            assertThat(browser.find("#f-description-origin-counter").getText())
                    .isEqualTo("1" + NNBSP + "000 caractères restants");
            assertThat(browser.find("#f-keyMessage1").getAttribute("maxlength")).isNull();
            shot(browser, "practice-form-new");

            fillEverySection(browser);

            // The limit, counted as a person counts: 1,199 characters of which ten houses (two UTF-16 units each), ten
            // families (five code points each) and ten letters with a combining accent (two code points), then "é"
            // makes 1,200: zero left, and one character more is refused.
            browser.script("const f = document.getElementById('f-keyMessage1');"
                    + "f.value = '🏠'.repeat(10) + '👩\u200D👩\u200D👧'.repeat(10) + 'e\u0301'.repeat(10)"
                    + " + 'a'.repeat(1169); f.dispatchEvent(new Event('input', {bubbles: true}));");
            assertThat(browser.find("#f-keyMessage1-counter").getText()).isEqualTo("1 caractère restant");
            browser.find("#f-keyMessage1").sendKeys("é");
            assertThat(browser.find("#f-keyMessage1-counter").getText()).isEqualTo("0 caractère restant");
            browser.find("#f-keyMessage1").sendKeys("z");
            assertThat(browser.script(GRAPHEMES_OF_KEY_MESSAGE)).isEqualTo(1200L);
            assertThat(browser.script("return document.getElementById('f-keyMessage1').value.endsWith('é');"))
                    .isEqualTo(true);
            assertThat(browser.find("#f-keyMessage1-counter").getText()).isEqualTo("0 caractère restant");
            browser.waiting().until(d -> browser.find("[data-announce]").getAttribute("textContent")
                    .contains("Limite atteinte" + NBSP + ": 1" + NNBSP + "200 caractères au maximum."));

            awaitSaved(browser);
            assertThat(browser.path()).matches("/practices/[0-9a-f-]{36}/edit");
            String edit = browser.path();
            String id = edit.substring("/practices/".length(), edit.length() - "/edit".length());
            shot(browser, "practice-form-filled");

            // Reloaded, the draft comes back from the server.
            browser.script("localStorage.clear();");
            browser.go(edit);
            browser.await("#practice-form");
            assertThat(browser.find("#f-name").getAttribute("value")).isEqualTo(NAME);
            assertThat(browser.script(GRAPHEMES_OF_KEY_MESSAGE)).isEqualTo(1200L);
            assertThat(browser.find("#f-keyMessage1-counter").getText()).isEqualTo("0 caractère restant");
            assertThat(browser.find("#f-targetPopulationsOther").getAttribute("value")).isEqualTo("Proches aidants");
            assertThat(browser.find("#f-targetPopulationsOther-box").isDisplayed()).isTrue();
            assertThat(browser.find("#f-sclsCharacteristics-PREVENTION").isEnabled()).isFalse();

            // A refused save keeps the text and says what to fix, on its field.
            setDate(browser, "2099-05-01");
            browser.waiting().until(d -> browser.find("[data-save-status]").getText()
                    .startsWith("Non enregistré — à corriger :"));
            WebElement refusal = browser.find("[data-save-status] a[href='#f-startDate']");
            assertThat(refusal.getText()).isNotBlank();
            assertThat(browser.find("#f-startDate").getAttribute("aria-invalid")).isEqualTo("true");
            shot(browser, "practice-form-refused");
            setDate(browser, "2024-05-01");
            awaitSaved(browser);
            assertThat(browser.find("#f-startDate").getAttribute("aria-invalid")).isNull();

            // The session expires while the worker types: nothing is lost. Signed in again, the page takes back the
            // copy it kept on this device and sends it.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.type("f-changesToMake", "Ajouter des bacs surélevés et un banc.");
            browser.waiting().until(d -> browser.find("[data-save-status]").getText()
                    .contains("votre session a expiré"));
            assertThat(browser.script("return localStorage.getItem('practice-draft:" + id + "');")).asString()
                    .contains("un banc.");
            shot(browser, "practice-form-expired");
            browser.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            browser.go(edit);
            browser.await("#practice-form");
            assertThat(browser.find("#f-changesToMake").getAttribute("value"))
                    .isEqualTo("Ajouter des bacs surélevés et un banc.");
            assertThat(browser.find("[data-save-status]").getText()).isNotBlank();
            awaitSaved(browser);
            // the server has it: the page, read again once the draft's read model caught up, shows it
            browser.waiting().until(d -> {
                browser.go(edit);
                return "Ajouter des bacs surélevés et un banc.".equals(
                        browser.find("#f-changesToMake").getAttribute("value"));
            });

            click(browser, ".practice-submit button[type=submit]");
            browser.waiting().until(d -> browser.path().startsWith("/practices/mine?done=submitted"));
            assertThat(card(browser, id).findElement(org.openqa.selenium.By.cssSelector("[data-stage]")).getText())
                    .isEqualTo("Soumise");
            shot(browser, "practices-mine-submitted");

            // The coordinator sends it back with a comment.
            switchTo(browser, BrowserUsers.COORDINATOR);
            browser.go("/practices/review");
            assertThat(card(browser, id).getText()).contains(NAME, "Première soumission");
            shot(browser, "practices-review-queue");
            click(browser, "[data-practice='" + id + "'] a");
            browser.await("[data-return]");
            shot(browser, "practices-review-first");
            click(browser, "[data-return] button");
            assertThat(browser.await("#comment-error").getText()).isNotBlank();
            browser.type("comment", "Préciser les moyens pris avec le comité.");
            click(browser, "[data-return] button");
            browser.waiting().until(d -> browser.path().startsWith("/practices/review?done=returned"));
            assertThat(browser.find("[data-queue-empty]").isDisplayed()).isTrue();
            browser.assertAccessible();

            // The worker sees it returned, with the comment, and revises it.
            switchTo(browser, BrowserUsers.WORKER);
            browser.go("/practices/mine");
            WebElement returned = card(browser, id);
            assertThat(returned.findElement(org.openqa.selenium.By.cssSelector("[data-stage]")).getText())
                    .isEqualTo("Retournée pour modification");
            assertThat(returned.getText()).contains("Préciser les moyens pris avec le comité.");
            shot(browser, "practices-mine-returned");
            click(browser, "[data-practice='" + id + "'] a.button");
            browser.await("#practice-form");
            assertThat(browser.find("[data-returned]").getText()).contains("Préciser les moyens pris avec le comité.");
            browser.type("f-description-means", "Un comité de cinq locataires, appuyé par l’intervenante.");
            awaitSaved(browser);
            click(browser, ".practice-submit button[type=submit]");
            browser.waiting().until(d -> browser.path().startsWith("/practices/mine?done=submitted"));

            // The coordinator publishes it; the API then serves it to every signed-in reader.
            switchTo(browser, BrowserUsers.COORDINATOR);
            browser.go("/practices/review/" + id);
            browser.await("[data-publish]");
            click(browser, "[data-publish] button");
            browser.waiting().until(d -> browser.path().startsWith("/practices/review?done=published"));
            assertThat(browser.find("main [role=status]").getText()).isEqualTo("Pratique publiée.");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                HttpResponse<String> published = api(BrowserUsers.EVALUATOR, id);
                assertThat(published.statusCode()).isEqualTo(200);
                assertThat(published.body()).contains("\"status\":\"PUBLISHED\"", NAME,
                        "Un comité de cinq locataires");
            });

            // Published, it is found: a search typed without accents, then two facets narrow to it.
            switchTo(browser, BrowserUsers.EVALUATOR);
            browser.go("/practices");
            browser.type("q", "levis");
            browser.find("#practice-search button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("q=levis") && browser.find(
                    "#practice-search-status").getText().equals("3 pratiques trouvées"));
            assertThat(facetCount(browser, "region", "CHAUDIERE_APPALACHES")).isEqualTo("2");
            assertThat(facetCount(browser, "region", "CAPITALE_NATIONALE")).isEqualTo("1");
            shot(browser, "practices-search-published");
            tickFacet(browser, "region", "CHAUDIERE_APPALACHES");
            browser.waiting().until(d -> browser.find("#practice-search-status").getText()
                    .equals("2 pratiques trouvées"));
            assertThat(facetCount(browser, "psychosocialImpact", "SOLIDARITY")).isEqualTo("1");
            tickFacet(browser, "psychosocialImpact", "SOLIDARITY");
            browser.waiting().until(d -> browser.find("#practice-search-status").getText()
                    .equals("1 pratique trouvée"));
            assertThat(browser.findAll(".practice-card__name").stream().map(WebElement::getText))
                    .containsExactly(NAME);
            assertThat(browser.find(".practice-card").getText()).contains("Chaudière-Appalaches", "Plusieurs tenures",
                    "Prometteuse");
            assertThat(browser.path()).contains("q=levis", "region=CHAUDIERE_APPALACHES",
                    "psychosocialImpact=SOLIDARITY");
            shot(browser, "practices-search-published-narrowed");

            // A revision: reviewed the same way, what changed side by side, the published revision still served.
            switchTo(browser, BrowserUsers.WORKER);
            browser.go("/practices/mine");
            assertThat(card(browser, id).findElement(org.openqa.selenium.By.cssSelector("[data-stage]")).getText())
                    .isEqualTo("Publiée");
            click(browser, "[data-practice='" + id + "'] form button");
            browser.waiting().until(d -> browser.path().startsWith("/practices/" + id + "/edit"));
            browser.await("#practice-form");
            browser.type("f-keyMessage2", "Une serre commune, c’est l’hiver qui recule.");
            awaitSaved(browser);
            click(browser, ".practice-submit button[type=submit]");
            browser.waiting().until(d -> browser.path().startsWith("/practices/mine?done=submitted"));
            assertThat(card(browser, id).findElement(org.openqa.selenium.By.cssSelector("[data-working-stage]"))
                    .getText()).isEqualTo("Soumise");

            switchTo(browser, BrowserUsers.COORDINATOR);
            browser.go("/practices/review");
            assertThat(card(browser, id).getText()).contains("Révision 2 d’une pratique publiée");
            browser.go("/practices/review/" + id);
            WebElement changed = browser.await("table[data-section='20'] tr.diff--changed");
            assertThat(changed.findElement(org.openqa.selenium.By.cssSelector(".diff__after")).getText())
                    .isEqualTo("Une serre commune, c’est l’hiver qui recule.");
            assertThat(browser.findAll("tr.diff--changed")).hasSize(1);
            assertThat(browser.findAll("details.diff-section[open]")).as("unchanged sections folded").hasSize(1);
            shot(browser, "practices-review-revision");
            assertThat(api(BrowserUsers.EVALUATOR, id).body()).doesNotContain("l’hiver qui recule")
                    .contains("\"publishedRevision\":1");
            click(browser, "[data-publish] button");
            browser.waiting().until(d -> browser.path().startsWith("/practices/review?done=published"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api(BrowserUsers.EVALUATOR, id)
                    .body()).contains("\"publishedRevision\":2", "l’hiver qui recule"));

            // Any two revisions side by side: the reviewer chooses 2 on the left and 1 on the right; the older goes left.
            browser.go("/practices/review/" + id);
            new org.openqa.selenium.support.ui.Select(browser.find("#compare-from")).selectByValue("2");
            new org.openqa.selenium.support.ui.Select(browser.find("#compare-to")).selectByValue("1");
            click(browser, "[data-compare] button");
            browser.waiting().until(d -> browser.path().contains("from=2") && browser.path().contains("to=1"));
            assertThat(browser.find("main").getText()).contains("Révision 1 à gauche, révision 2 à droite.");
            WebElement keyMessage2 = browser.await("table[data-section='20'] tr.diff--changed");
            assertThat(keyMessage2.findElement(org.openqa.selenium.By.cssSelector(".diff__before")).getText())
                    .isEqualTo("Un jardin collectif, c’est plus que des légumes.");
            assertThat(keyMessage2.findElement(org.openqa.selenium.By.cssSelector(".diff__after")).getText())
                    .isEqualTo("Une serre commune, c’est l’hiver qui recule.");
            shot(browser, "practices-review-compare");

            // Retired with a reason, it leaves the search; its page stays readable, marked retired.
            browser.go("/practices/review/" + id);
            click(browser, "[data-retire] button");
            assertThat(browser.await("#reason-error").getText()).isNotBlank();
            browser.type("reason", "Le jardin a fermé.");
            click(browser, "[data-retire] button");
            browser.waiting().until(d -> browser.path().startsWith("/practices/review?done=retired"));
            browser.assertAccessible();
            browser.waiting().until(d -> {
                browser.go("/practices?q=levis");
                return browser.find("#practice-search-status").getText().equals("2 pratiques trouvées");
            });
            browser.go("/practices/" + id);
            assertThat(browser.find("main").getText()).contains("Cette pratique a été retirée du répertoire.");
        }
    }

    private static void setDate(Browser browser, String date) {
        browser.script("const d = document.getElementById('f-startDate'); d.value = arguments[0];"
                + "d.dispatchEvent(new Event('input', {bubbles: true}));", date);
    }

    private static String facetCount(Browser browser, String facet, String code) {
        return browser.find("#f-" + facet + "-" + code + " + label .practice-facet__count")
                .getAttribute("textContent").strip();
    }

    /** Opens the facet's group if folded, and ticks the value. */
    private static void tickFacet(Browser browser, String facet, String code) {
        WebElement details = browser.find("details[data-facet='" + facet + "']");
        if (details.getAttribute("open") == null) {
            click(browser, "details[data-facet='" + facet + "'] summary");
        }
        click(browser, "label[for='f-" + facet + "-" + code + "']");
    }

    /** Drafts, submits and publishes a practice through the REST API as a coordinator. */
    private void publish(PracticeForm form) throws Exception {
        String id = UUID.randomUUID().toString();
        send("/api/v1/practices", json.writeValueAsString(Map.of("id", id, "form", form)), 201);
        send("/api/v1/practices/" + id + "/submission", null, 204);
        send("/api/v1/practices/" + id + "/publication", null, 204);
    }

    private void send(String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(BrowserUsers.COORDINATOR))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expected);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + BrowserUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void fillEverySection(Browser browser) {
        browser.type("f-name", NAME);                                                               // 1
        tick(browser, "f-regions-CHAUDIERE_APPALACHES");                                            // 2
        tick(browser, "f-healthRegions-CHAUDIERE_APPALACHES");
        tick(browser, "f-tenure-SEVERAL");                                                          // 3
        assertThat(browser.await("#f-tenurePrecision").isDisplayed()).isTrue();
        browser.type("f-tenurePrecision", "HLM et OBNL voisins");
        browser.type("f-description-origin", "Une demande du comité de locataires.");               // 4
        browser.type("f-description-coverage", "Deux immeubles et le quartier.");
        browser.type("f-description-objectives", "Briser l’isolement et manger mieux.");
        browser.type("f-description-means", "Un comité interne.");
        browser.type("f-description-perceivedOutcomes", "Plus de participation aux activités.");
        browser.type("f-description-measuredOutcomes", "À venir.");
        click(browser, "#f-description-items-COLLECTIVE_SOCIALISATION");
        assertThat(browser.find("#f-description-categories-COLLECTIVE_LIFE").isSelected())
                .as("a sub-item ticks its practice description").isTrue();
        other(browser, "f-description-other", "Corvées de printemps");
        tick(browser, "f-description-specificProjects-COLLECTIVE_GARDENS");
        other(browser, "f-description-specificProjectsOther", "Semis partagés");
        tick(browser, "f-targetPopulations-ALL_GROUPS_INTERGENERATIONAL");                          // 5
        assertThat(browser.find("#f-targetPopulationsOther-box").isDisplayed()).isFalse();
        other(browser, "f-targetPopulationsOther", "Proches aidants");
        tick(browser, "f-interventionType-COLLECTIVE");                                             // 6
        browser.type("f-detailedDescription", "Un jardin de vingt bacs entretenu par les locataires."); // 7
        setDate(browser, "2024-05-01");                                                             // 8
        browser.type("f-durationMonths", "18");
        browser.type("f-winningConditions", "Un local pour les outils et un comité stable.");       // 9
        tick(browser, "f-partners-MINISTRIES");                                                     // 10
        browser.type("f-partnerMinistries", "Ministère de l’Agriculture");
        other(browser, "f-partnersOther", "Pépinière locale");
        tick(browser, "f-costOptions-FUNDING_OBTAINED");                                            // 11
        browser.type("f-costDetails", "6 000 $ de la municipalité.");
        browser.type("f-evaluation-strengths", "La participation.");                                // 12
        browser.type("f-evaluation-limits", "L’hiver.");
        browser.type("f-evaluation-opportunities", "Une serre.");
        browser.type("f-evaluation-threats", "Le vandalisme.");
        browser.type("f-impacts-evaluated", "Vingt participants réguliers.");                       // 13
        browser.type("f-impacts-perceived", "Plus de liens entre voisins.");
        tick(browser, "f-impacts-psychosocial-SOLIDARITY");
        other(browser, "f-impacts-psychosocialOther", "Fierté");
        tick(browser, "f-impacts-economic-FOOD_SECURITY");
        other(browser, "f-impacts-economicOther", "Économies d’épicerie");
        tick(browser, "f-impacts-health-HEALTH_BEHAVIOURS");
        other(browser, "f-impacts-healthOther", "Activité au grand air");
        browser.type("f-changesToMake", "Ajouter des bacs surélevés.");                              // 14
        browser.type("f-transferableTools", "Calendrier des semis.");                                // 15
        tick(browser, "f-sclsCharacteristics-REDUCED_ISOLATION");                                   // 16
        tick(browser, "f-sclsCharacteristics-SOCIAL_TIES");
        assertThat(browser.find("#f-sclsCharacteristics-PREVENTION").isEnabled()).isTrue();
        other(browser, "f-sclsCharacteristicsOther", "Sécurité alimentaire");
        assertThat(browser.find("#f-sclsCharacteristics-PREVENTION").isEnabled())
                .as("three chosen, other included: the others are disabled").isFalse();
        assertThat(browser.find("[data-scls-note]").getText()).startsWith("Trois caractéristiques au maximum");
        tick(browser, "f-categories-COLLECTIVE_LIFE");                                              // 17
        other(browser, "f-categoriesOther", "Sécurité alimentaire");
        assertThat(browser.find("#f-selfRating-PROMETTEUSE-definition").getText())                  // 18
                .contains("premières étapes de la mise en œuvre", "« Ça devrait être bon");
        tick(browser, "f-selfRating-PROMETTEUSE");
        browser.type("f-peopleInvolved", "L’intervenante, le comité jardin, l’OMH.");              // 19
        browser.type("f-keyMessage2", "Un jardin collectif, c’est plus que des légumes.");           // 20
    }

    /** Ticks a tile by its label (the input itself is visually hidden behind it). */
    private static void tick(Browser browser, String inputId) {
        click(browser, "label[for='" + inputId + "']");
        assertThat(browser.find("#" + inputId).isSelected()).isTrue();
    }

    /** « Si autres, précisez »: ticks « Autre », which shows the field, and types. */
    private static void other(Browser browser, String fieldId, String text) {
        assertThat(browser.find("#" + fieldId + "-box").isDisplayed()).isFalse();
        tick(browser, fieldId + "-toggle");
        assertThat(browser.await("#" + fieldId).isDisplayed()).isTrue();
        browser.type(fieldId, text);
    }

    /** Clicks in the middle of the screen, away from the sticky menu and save bar. */
    private static void click(Browser browser, String selector) {
        WebElement element = browser.find(selector);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void awaitSaved(Browser browser) {
        browser.waiting().until(d -> browser.find("[data-save-status]").getText().startsWith("Brouillon enregistré à ")
                && Boolean.TRUE.equals(browser.script("return localStorage.length === 0;")));
    }

    private static WebElement card(Browser browser, String id) {
        return browser.await("[data-practice='" + id + "']");
    }

    private static void switchTo(Browser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(user, BrowserUsers.PASSWORD);
    }

    private static void shot(Browser browser, String name) {
        browser.assertAccessible().capture(name);
    }

    private HttpResponse<String> api(String user, String id) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + BrowserUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/practices/" + id)).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
