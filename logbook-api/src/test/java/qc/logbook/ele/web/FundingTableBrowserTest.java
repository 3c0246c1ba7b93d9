package qc.logbook.ele.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.ele.rest.EleSeed;
import qc.logbook.ele.rest.EleSeedRecorder;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/** The funding table page with the seed's nine projects, as an evaluator reads it, in French and in English. */
@BrowserTest
@AutoConfigureMockMvc
class FundingTableBrowserTest {

    private static final String NBSP = "\u00A0";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void anEvaluatorReadsTheSeedTableWithItsTotalAndDownloadsItsCsv() throws Exception {
        EleSeedRecorder.record(mvc);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.EVALUATOR, BrowserUsers.PASSWORD);
            browser.find("a[href='/funding']").click();
            browser.waiting().until(d -> browser.path().startsWith("/funding"));
            // The projects are projected asynchronously: reload until all nine are completed and counted.
            browser.waiting().until(d -> {
                if (browser.findAll("[data-total]").isEmpty()
                        || !browser.find("[data-total]").getText().startsWith("41")) {
                    browser.go("/funding");
                    return false;
                }
                return true;
            });
            assertThat(browser.find("h1").getText()).isEqualTo("Tableau de financement des ÉLÉ");
            assertThat(text(browser.find("[data-total]"))).isEqualTo("41 300 $ / 94 161 $");
            assertThat(browser.find("[data-total]").getDomProperty("textContent").strip()).as("no-break spaces")
                    .isEqualTo("41" + NBSP + "300" + NBSP + "$" + NBSP + "/ 94" + NBSP + "161" + NBSP + "$");
            assertThat(browser.find(".funding-table__total th").getText()).isEqualTo("Total (9 projets)");

            WebElement appalaches = browser.find("tbody[data-territory='LES-APPALACHES']");
            assertThat(appalaches.findElement(By.cssSelector(".funding-table__territory")).getText())
                    .isEqualToIgnoringCase("Les Appalaches");
            WebElement carre = appalaches.findElement(By.cssSelector(".funding-table__project"));
            assertThat(carre.getText()).contains("Le Carré Famille St-Maurice", "66 participants",
                    "L'implication croissante des locataires");
            assertThat(carre.findElements(By.cssSelector(".funding-table__research"))).as("research site").hasSize(1);
            assertThat(text(carre.findElement(By.cssSelector(".funding-table__money"))))
                    .isEqualTo("6 000 $ / 15 137 $");
            WebElement levis = browser.find("tbody[data-territory='LEVIS']");
            assertThat(levis.getText()).contains("1 354 participations").doesNotContain("1 354 participants");
            assertThat(levis.findElements(By.cssSelector(".funding-table__research"))).hasSize(1);
            assertThat(browser.findAll("tbody[data-territory] .funding-table__project")
                    .stream().filter(row -> row.getText().contains(EleSeed.CONFERENCES)).toList())
                    .as("the shared project under each of its territories").hasSize(2);
            browser.assertAccessible().capture("funding-table");
            browser.script("document.querySelector('.table-scroll').scrollIntoView()");
            browser.capture("funding-table-rows");

            // The CSV link: the spreadsheet file of the API, byte-order mark first, with the page's session.
            String href = browser.find("a[data-csv]").getAttribute("href");
            String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<String> lines = List.of(new String(csv.body(), 3, csv.body().length - 3,
                    java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
            assertThat(lines.get(lines.size() - 1))
                    .isEqualTo("Total / Total;;;;9 projet(s) / project(s);;;;674;1949;41300.00;94161.00;2.28");

            // As of an instant before anything was recorded: nothing was funded then.
            browser.script("document.getElementById('asOf').value = '2016-03-31T23:59'");
            browser.find("form.funding-filters button[type=submit]").click();
            browser.waiting().until(d -> browser.path().contains("asOf="));
            assertThat(browser.find(".funding-asof").getText()).startsWith("Tel qu’au 31 mars 2016");
            assertThat(browser.find(".alert--info").getText()).isEqualTo("Aucun projet financé à afficher.");
            assertThat(browser.find("a[data-csv]").getAttribute("href")).contains("asOf=2016-03-31T23:59");
            browser.assertAccessible().capture("funding-table-as-of");

            // A future instant is refused on its field, keeping what was typed.
            browser.script("document.getElementById('asOf').value = '2999-01-01T00:00'");
            browser.find("form.funding-filters button[type=submit]").click();
            assertThat(browser.await("[role=alert]").getText()).contains("choisissez un instant passé");
            assertThat(browser.find("#asOf").getAttribute("value")).isEqualTo("2999-01-01T00:00");
            assertThat(browser.find("#asOf").getAttribute("aria-invalid")).isEqualTo("true");
            browser.assertAccessible().capture("funding-table-refused");
        }
        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(BrowserUsers.EVALUATOR, BrowserUsers.PASSWORD);
            browser.go("/funding");
            assertThat(browser.find("h1").getText()).isEqualTo("ÉLÉ funding table");
            assertThat(text(browser.find("[data-total]"))).isEqualTo("$41,300 / $94,161");
            assertThat(browser.find(".funding-table__total th").getText()).isEqualTo("Total (9 projects)");
            browser.assertAccessible().capture("funding-table-en");
        }
    }

    @Test
    void aWorkerIsRefusedTheFundingTable() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            assertThat(browser.findAll("a[href='/funding']")).as("no link for a worker").isEmpty();
            browser.go("/funding");
            assertThat(browser.find("h1").getText()).isNotEqualTo("Tableau de financement des ÉLÉ");
            browser.assertAccessible();
        }
    }

    private static String text(WebElement element) {
        return element.getText().replace(NBSP, " ").replace("\u202F", " ");
    }
}
