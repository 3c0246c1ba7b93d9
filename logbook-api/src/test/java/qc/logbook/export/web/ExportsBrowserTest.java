package qc.logbook.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.ele.rest.EleSeedRecorder;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/** An evaluator starts a research export in the page, then verifies the file, intact and with one line removed. */
@BrowserTest
@AutoConfigureMockMvc
class ExportsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path downloads;

    @Test
    void anEvaluatorExportsVerifiesTheIntactFileThenSeesWhatDiffersWithALineRemoved() throws Exception {
        EleSeedRecorder.record(mvc); // 35 events to export
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.EVALUATOR, BrowserUsers.PASSWORD);
            browser.find("a[href='/exports']").click();
            browser.waiting().until(d -> browser.path().equals("/exports"));
            assertThat(browser.find("h1").getText()).isEqualTo("Exports de recherche");
            browser.assertAccessible().capture("exports");

            // Up to now (the end of this minute is cut at the instant of the export): the seed's events are in.
            String now = LocalDateTime.now(ZoneId.of("America/Toronto"))
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            browser.script("document.getElementById('to').value = arguments[0]", now);
            browser.find("form[data-export-form] button[type=submit]").click();
            browser.waiting().until(d -> browser.find("[data-export-ready]").getAttribute("data-export-id") != null);
            assertThat(browser.find("a[data-export-file]").isDisplayed()).isTrue();
            String exportId = browser.find("[data-export-ready]").getAttribute("data-export-id");
            assertThat(browser.find("[data-export-status]").getText()).contains(exportId, "prêt");
            assertThat(browser.find("#verify-export-id").getAttribute("value")).isEqualTo(exportId);
            browser.assertAccessible().capture("exports-ready");

            // The file as the page offers it (the blob behind its download link).
            String ndjson = (String) browser.script(
                    "return fetch(document.querySelector('a[data-export-file]').href).then(r => r.text())");
            List<String> lines = new ArrayList<>(List.of(ndjson.split("\n")));
            assertThat(lines).hasSizeGreaterThanOrEqualTo(35);
            Path intact = Files.createDirectories(downloads.resolve("intact"))
                    .resolve("events-" + exportId + ".ndjson");
            Files.writeString(intact, ndjson, StandardCharsets.UTF_8);

            browser.find("#verify-export-id").clear(); // filled again from the file's name
            browser.find("#verify-file").sendKeys(intact.toString());
            browser.find("form[data-verify-form] button[type=submit]").click();
            assertThat(browser.await("[data-verdict=ok]").getText())
                    .isEqualTo("Le fichier est complet et intact : " + lines.size()
                            + " événements, comme le dit son manifeste.");
            assertThat(browser.find("#verify-export-id").getAttribute("value")).isEqualTo(exportId);
            browser.assertAccessible().capture("exports-verified");

            lines.remove(lines.size() / 2);
            Path cut = Files.createDirectories(downloads.resolve("cut")).resolve("events-" + exportId + ".ndjson");
            Files.writeString(cut, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            browser.find("#verify-file").sendKeys(cut.toString());
            browser.find("form[data-verify-form] button[type=submit]").click();
            assertThat(browser.await("[data-verdict=error]").getText())
                    .isEqualTo("Le fichier ne correspond pas à son manifeste : il n’est pas complet ou il a été "
                            + "modifié.");
            String differences = browser.find("[data-verify-result] table").getText();
            assertThat(differences).contains("Nombre d’événements (lignes) " + (lines.size() + 1) + " "
                    + lines.size(), "Empreinte SHA-256").doesNotContain("Première séquence", "Dernière séquence");
            browser.assertAccessible().capture("exports-differs");

            // An inverted period is refused on the period, keeping what was typed.
            browser.go("/exports");
            browser.script("document.getElementById('from').value = '2016-04-01T00:00';"
                    + "document.getElementById('to').value = '2016-03-01T00:00'");
            browser.find("form[data-export-form] button[type=submit]").click();
            assertThat(browser.await("[role=alert]").getText()).isEqualTo("Le début de la période est après sa fin.");
            assertThat(browser.find("#from").getAttribute("value")).isEqualTo("2016-04-01T00:00");
            assertThat(browser.find("#from").getAttribute("aria-invalid")).isEqualTo("true");
            browser.assertAccessible().capture("exports-refused");
        }
    }

    @Test
    void aCoordinatorIsRefusedTheExportsPage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.COORDINATOR, BrowserUsers.PASSWORD);
            assertThat(browser.findAll("a[href='/exports']")).isEmpty();
            browser.go("/exports");
            assertThat(browser.find("h1").getText()).isNotEqualTo("Exports de recherche");
        }
    }
}
