package qc.logbook.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * The tableau de bord on 100 interventions recorded through the API, distributed like the seed's journal de bord
 * (85 % HLM, 7 % OBNL, 4 % co-ops, 80 % youth and families, 55 % individual, one individual intervention in five
 * referred, 46 % of referrals to the CISSS…): every number a coordinator reads equals the API's, the bilan writes the
 * same figures, and an evaluator reads suppressed cells as marks with no hidden number anywhere in the page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final String PERIOD = "from=2025-01-01&to=2025-12-31";
    private static final String NBSP = "\u00A0";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tables of the page, with where their rows are in the breakdown document. */
    private static final Map<String, String> TABLES = Map.of("byTenure", "byTenure", "byMode", "byMode",
            "outcomes", "referralOutcomes", "kinds", "collectiveByKind", "sectors", "referralsBySector",
            "participantsByKind", "participantsByKind", "byMonth", "byMonth");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void recordADataSetDistributedLikeTheSeed() throws Exception {
        int referral = 0;
        String[] sectors = {"HEALTH_AND_SOCIAL_SERVICES", "HEALTH_AND_SOCIAL_SERVICES", "HEALTH_AND_SOCIAL_SERVICES",
                "HEALTH_AND_SOCIAL_SERVICES", "HEALTH_AND_SOCIAL_SERVICES", "HEALTH_AND_SOCIAL_SERVICES",
                "COMMUNITY_ORGANISATION", "COMMUNITY_ORGANISATION", "COMMUNITY_ORGANISATION",
                "COMMUNITY_ORGANISATION", "COMMUNITY_ORGANISATION", "MUNICIPAL", "MUNICIPAL"};
        String[] needs = {"PHYSICAL_HEALTH", "PHYSICAL_HEALTH", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "MENTAL_HEALTH",
                "SENIORS_LOSING_AUTONOMY", "FOOD_AID", "FOOD_AID", "HOUSING", "HOUSING", "BUDGET_HELP", "TRANSPORT",
                "TRANSPORT"};
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.randomUUID();
            boolean individual = i < 55;
            Map<String, Object> body = individual ? InterventionBodies.individual(id)
                    : InterventionBodies.collective(id);
            // recorded by the coordinator as their own interventions: no worker named
            body.remove("workerId");
            body.put("date", LocalDate.of(2025, 1, 2).plusDays(i * 3L).toString());
            body.put("workerRole", i % 4 == 0 ? "OUTREACH_WORKER" : "HEALTH_NETWORK_PROFESSIONAL");
            body.put("territory", i % 10 == 9 ? "BELLECHASSE" : "LEVIS");
            String tenure = i % 100 < 85 ? "HLM_OMH" : i < 92 ? "OBNL" : i < 96 ? "COOP" : "OUTSIDE_HOUSING";
            body.put("tenure", tenure);
            if (tenure.equals("OUTSIDE_HOUSING")) {
                body.remove("housingOrganisation");
            }
            if (!individual) {
                body.put("targetGroups", List.of(i % 5 == 4 ? "SENIORS" : "FAMILIES"));
                if (i < 75) {
                    body.put("participants", 8 + i % 5);
                }
            } else {
                body.put("targetGroups", List.of(i % 5 == 4 ? "SENIORS" : "FAMILIES"));
            }
            body.put("ageGroups", List.of(i % 5 == 3 ? "AGE_65_PLUS" : "AGE_18_34"));
            post("/api/v1/interventions", body);
            // 11 of the 55 individual interventions are referred (one in five), two of them twice: 13 referrals
            int referrals = individual && i < 11 ? (i < 2 ? 2 : 1) : 0;
            for (int k = 0; k < referrals; k++, referral++) {
                String referralId = UUID.randomUUID().toString();
                post("/api/v1/interventions/" + id + "/referrals", Map.of("referralId", referralId,
                        "sector", sectors[referral], "need", needs[referral]));
                if (referral < 7) {
                    send("PUT", "/api/v1/interventions/" + id + "/referrals/" + referralId + "/outcome",
                            Map.of("outcome", referral < 5 ? "COMPLETED" : "DECLINED"));
                }
            }
            if (!individual) {
                int j = i - 55;
                String kind = j < 30 ? "GROUP_PROJECT" : j < 37 ? "TENANT_ASSOCIATION" : j < 40 ? "COMMITTEE" : null;
                if (kind != null) {
                    post("/api/v1/interventions/" + id + "/collective-supports",
                            Map.of("actionKind", kind, "supportKind", "FACILITATION"));
                }
            }
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode b = breakdown(BrowserUsers.COORDINATOR, PERIOD);
            assertThat(b.path("interventions").asLong()).isEqualTo(100);
            assertThat(b.path("referrals").asLong()).isEqualTo(13);
            assertThat(b.path("collectiveByKind").findValues("count").stream().mapToLong(JsonNode::asLong).sum())
                    .isEqualTo(40);
            assertThat(b.path("referralOutcomes").findValues("count").stream().mapToLong(JsonNode::asLong).sum())
                    .isEqualTo(13);
        });
    }

    @Test
    void aCoordinatorReadsTheApisFiguresDrillsIntoASectorAndFilters() throws Exception {
        JsonNode api = breakdown(BrowserUsers.COORDINATOR, PERIOD);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.COORDINATOR, BrowserUsers.PASSWORD);
            browser.find("nav a[href='/dashboard']").click();
            browser.await("table#byTenure");
            browser.go("/dashboard?" + PERIOD);
            browser.await("table#byTenure");
            assertEveryNumberEquals(browser, api);
            assertThat(text(browser.find("#byTenure tr[data-figure='byTenure/HLM_OMH'] td.percent")))
                    .isEqualTo("85,0" + NBSP + "%");
            assertThat(browser.findAll("svg.bar")).isNotEmpty();
            assertThat(browser.findAll("[role=alert]")).isEmpty();
            assertMonthsOfThePeriod(browser, api);
            browser.assertAccessible().capture("dashboard-coordinator");

            browser.find("#sectors tr[data-figure='sectors/HEALTH_AND_SOCIAL_SERVICES'] a").click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("sector=HEALTH_AND_SOCIAL_SERVICES"));
            browser.await("table#needs");
            JsonNode health = element(api.path("referralsBySector"), "HEALTH_AND_SOCIAL_SERVICES");
            assertRows(browser, "needs", health.path("needs"));
            assertThat(browser.path()).contains("from=2025-01-01").contains("to=2025-12-31");
            browser.assertAccessible().capture("dashboard-sector-needs");

            new Select(browser.find("#territory")).selectByValue("LEVIS");
            new Select(browser.find("#workerRole")).selectByValue("OUTREACH_WORKER");
            browser.find(".dashboard__filters button[type=submit]").click();
            browser.waiting().until(d -> d.getCurrentUrl().contains("territory=LEVIS"));
            browser.waiting().until(d -> text(d.findElement(By.id("total-interventions"))).equals("25"));
            JsonNode levisOutreach = breakdown(BrowserUsers.COORDINATOR,
                    PERIOD + "&territory=LEVIS&workerRole=OUTREACH_WORKER");
            assertThat(levisOutreach.path("interventions").asLong()).isEqualTo(25);
            assertEveryNumberEquals(browser, levisOutreach);
            // the address is the view: opened afresh, it shows the same figures
            String address = browser.path();
            browser.go(address);
            assertEveryNumberEquals(browser, levisOutreach);

            browser.go("/dashboard?from=2025-12-31&to=2025-01-01");
            assertThat(text(browser.await("[role=alert]"))).contains("Le début de la période suit sa fin");
            assertThat(browser.find("#from").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findAll("table.bars")).isEmpty();
            browser.assertAccessible();

            // the CSV is the same breakdown, with the same filters, readable by a spreadsheet set up in French
            browser.go("/dashboard?" + PERIOD);
            String csvUrl = browser.find("a[href^='/dashboard.csv']").getAttribute("href");
            assertThat(csvUrl).contains(PERIOD);
            String csv = (String) browser.driver().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done("
                            + "Array.from(new Uint8Array(b)).map(x => String.fromCharCode(x)).join('')));", csvUrl);
            byte[] bytes = csv.getBytes(StandardCharsets.ISO_8859_1);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(text).contains("HLM_OMH;HLM (office municipal d'habitation);Public housing (municipal "
                    + "housing office);85;85,0;interventions");
            assertThat(text).contains("COOP;Coopérative d'habitation;Housing co-operative;4;4,0;interventions");
            // the months, as the page shows them
            for (JsonNode month : api.path("byMonth")) {
                assertThat(text).contains("Interventions par mois / Interventions per month;" + month.path("code")
                        .asText() + ";" + month.path("labelFr").asText() + ";" + month.path("labelEn").asText() + ";"
                        + month.path("count").asLong() + ";" + month.path("percent").decimalValue().toPlainString()
                        .replace('.', ',') + ";interventions");
            }
        }
    }

    @Test
    void theBilanWritesTheFiguresAsTheReportDoesInFrenchAndEnglish() throws Exception {
        JsonNode api = breakdown(BrowserUsers.COORDINATOR, PERIOD);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.COORDINATOR, BrowserUsers.PASSWORD);
            browser.go("/dashboard?" + PERIOD);
            browser.find("a[href^='/dashboard/bilan']").click();
            String bilan = text(browser.await("#bilan-text"));
            assertThat(bilan).contains(pct(api, "byTenure", "HLM_OMH") + " des interventions ont été réalisées dans les"
                    + " OMH, " + pct(api, "byTenure", "OBNL") + " dans les OBNL et " + pct(api, "byTenure", "COOP")
                    + " dans les coopératives d’habitation");
            assertThat(bilan).contains("Période" + NBSP + ": du 1er janvier 2025 au 31 décembre 2025.");
            // the seed's own figures, from this data set
            assertThat(bilan).contains("85" + NBSP + "% des interventions ont été réalisées dans les OMH, 7" + NBSP
                    + "% dans les OBNL et 4" + NBSP + "% dans les coopératives d’habitation");
            assertThat(bilan).contains("80" + NBSP + "% des interventions rejoignent les jeunes et les familles");
            assertThat(bilan).contains(whole(api.path("under35")) + " des interventions rejoignent les moins de 35 ans");
            assertThat(bilan).contains("55" + NBSP + "% des interventions sont individualisées");
            assertThat(bilan).contains("Une personne sur cinq est référée vers des ressources pertinentes");
            JsonNode health = element(api.path("referralsBySector"), "HEALTH_AND_SOCIAL_SERVICES");
            assertThat(bilan).contains(whole(health) + " des références sont dirigées vers des services du CISSS, "
                    + "surtout en santé physique (" + whole(element(health.path("needs"), "PHYSICAL_HEALTH"))
                    + ") et en santé mentale (" + whole(element(health.path("needs"), "MENTAL_HEALTH")) + ")");
            assertThat(bilan).contains("46" + NBSP + "% des références sont dirigées vers des services du CISSS, "
                    + "surtout en santé physique (50" + NBSP + "%) et en santé mentale (33" + NBSP + "%)");
            assertThat(bilan).contains("45" + NBSP + "% des interventions soutiennent des actions collectives");
            assertThat(bilan).contains(pct(api, "collectiveByKind", "GROUP_PROJECT")
                    + " en soutien à des projets et démarches de groupe");
            assertThat(bilan).contains("16" + NBSP + "% en soutien à l’association des locataires (ADL)");

            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                    List.of("clipboardReadWrite", "clipboardSanitizedWrite"), "origin", browser.baseUrl()));
            browser.find("[data-copy]").click();
            assertThat(text(browser.await(".copy-status"))).startsWith("Texte copié");
            browser.assertAccessible().capture("bilan");

            // printed: the sentences alone on an A4 page
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.find(".site-header").isDisplayed()).isFalse();
            assertThat(browser.find("[data-copy]").isDisplayed()).isFalse();
            assertThat(browser.find("#bilan-text").isDisplayed()).isTrue();
            browser.capture("bilan-print");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(BrowserUsers.COORDINATOR, BrowserUsers.PASSWORD);
            browser.go("/dashboard/bilan?" + PERIOD);
            String bilan = text(browser.await("#bilan-text"));
            assertThat(bilan).contains("85% of interventions took place in municipal housing offices (OMH), 7% in "
                    + "non-profit housing (OBNL) and 4% in housing co-operatives");
            assertThat(bilan).contains("One person in five is referred to relevant resources");
            assertThat(bilan).contains("46% of referrals go to CISSS services, mostly for physical health (50%) and "
                    + "for mental health (33%)");
            browser.assertAccessible().capture("bilan-en");
        }
    }

    @Test
    void anEvaluatorSeesSuppressedCellsMarkedAndNoHiddenNumber() throws Exception {
        JsonNode suppressed = breakdown(BrowserUsers.EVALUATOR, PERIOD);
        JsonNode full = breakdown(BrowserUsers.COORDINATOR, PERIOD);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(BrowserUsers.EVALUATOR, BrowserUsers.PASSWORD);
            browser.go("/dashboard?" + PERIOD);
            browser.await("table#byTenure");
            assertThat(text(browser.find("#hidden-explanation"))).contains("Les nombres de 1 à 4 sont masqués");
            assertThat(browser.find("#asOf").isDisplayed()).isTrue();
            assertEveryNumberEquals(browser, suppressed);

            List<String> hiddenRows = new ArrayList<>();
            boolean complementarySeen = false;
            for (WebElement row : browser.findAll("tr[data-figure]")) {
                String[] figure = row.getAttribute("data-figure").split("/");
                JsonNode cell = cellOf(suppressed, figure[0], figure[1]);
                if (cell == null || !cell.path("suppressed").asBoolean()) {
                    continue;
                }
                hiddenRows.add(row.getAttribute("data-figure"));
                complementarySeen |= cell.path("complementary").asBoolean();
                String count = text(row.findElement(By.cssSelector("td.count")));
                assertThat(count).isIn("<" + NBSP + "5", "— (masqué)");
                assertThat(text(row.findElement(By.cssSelector("td.percent")))).isEqualTo("— (masqué)");
                // nothing else in the row's cells: no bar drawn to scale, no attribute carrying the number
                assertThat(row.findElement(By.cssSelector("td.bars__chart")).getAttribute("innerHTML").trim())
                        .isEmpty();
                String cells = String.join("", row.findElements(By.cssSelector("td")).stream()
                        .map(td -> td.getAttribute("outerHTML")).toList());
                JsonNode actual = cellOf(full, figure[0], figure[1]);
                assertThat(cells.replace("<" + NBSP + "5", "").replace("&lt;&nbsp;5", ""))
                        .as("cells of %s", row.getAttribute("data-figure"))
                        .doesNotContain(actual.path("count").asText())
                        .doesNotContain(actual.path("percent").asText().replace('.', ','))
                        .doesNotContainPattern("\\d");
            }
            assertThat(hiddenRows).contains("byTenure/COOP", "byTenure/OUTSIDE_HOUSING", "sectors/MUNICIPAL");
            assertThat(complementarySeen).as("a cell hidden so that a neighbour cannot be found by subtraction")
                    .isTrue();
            // and nowhere in the page: no data-* number, no chart data
            String html = browser.driver().getPageSource();
            assertThat(html).doesNotContainPattern("data-(count|value|percent)");
            assertThat(html).doesNotContain("<script>");
            browser.assertAccessible().capture("dashboard-evaluator");

            // one intervention a month in Bellechasse: every month is a small cell, shown as such, with no bar
            String bellechasse = PERIOD + "&territory=BELLECHASSE";
            JsonNode few = breakdown(BrowserUsers.EVALUATOR, bellechasse);
            browser.go("/dashboard?" + bellechasse);
            browser.await("table#byMonth");
            assertRows(browser, "byMonth", few.path("byMonth"));
            List<WebElement> months = browser.findAll("table#byMonth tbody tr");
            assertThat(months).hasSize(12);
            for (WebElement row : months.subList(0, 10)) {
                assertThat(text(row.findElement(By.cssSelector("td.count")))).isEqualTo("<" + NBSP + "5");
                assertThat(row.findElements(By.cssSelector("svg.bar"))).isEmpty();
            }
            // November and December: zero reveals no one, and stays
            assertThat(text(months.get(11).findElement(By.cssSelector("td.count")))).isEqualTo("0");
            for (WebElement row : months.subList(0, 10)) {
                String cells = String.join("", row.findElements(By.cssSelector("td")).stream()
                        .map(td -> td.getAttribute("outerHTML")).toList());
                assertThat(cells.replace("&lt;&nbsp;5", "").replace("<" + NBSP + "5", ""))
                        .as("cells of %s", row.getAttribute("data-figure")).doesNotContainPattern("\\d");
            }
            browser.assertAccessible().capture("dashboard-evaluator-months");

            browser.go("/dashboard/bilan?" + PERIOD);
            String bilan = text(browser.await("#bilan-text"));
            assertThat(bilan).contains("85" + NBSP + "% des interventions ont été réalisées dans les OMH, 7" + NBSP
                    + "% dans les OBNL et — (masqué) dans les coopératives d’habitation");
            assertThat(bilan).contains("Les nombres de 1 à 4 sont masqués");
            browser.assertAccessible().capture("bilan-evaluator");
        }
    }

    /** What a reader sees in an element, its no-break spaces kept (WebDriver's getText turns them into spaces). */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent").replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    /** Every table row and total of the page equals the breakdown the API answers for the same filters. */
    private static void assertEveryNumberEquals(Browser browser, JsonNode api) {
        assertThat(text(browser.find("#total-interventions"))).isEqualTo(count(api.path("interventions")));
        assertThat(text(browser.find("#total-individual"))).isEqualTo(count(api.path("individualInterventions")));
        assertThat(text(browser.find("#total-collective"))).isEqualTo(count(api.path("collectiveInterventions")));
        assertThat(text(browser.find("#total-referrals"))).isEqualTo(count(api.path("referrals")));
        assertThat(text(browser.find("#total-participants"))).isEqualTo(count(api.path("participants")));
        TABLES.forEach((table, field) -> assertRows(browser, table, api.path(field)));
        assertRows(browser, "reach", JSON.createArrayNode().add(api.path("youthAndFamilies")).add(api.path("under35")));
        assertRows(browser, "referred", JSON.createArrayNode().add(api.path("individualWithReferral")));
        assertRows(browser, "stated", JSON.createArrayNode().add(api.path("collectiveWithParticipants")));
    }

    /**
     * The months of the period, January to December, each with the API's count (the quiet months at zero), and bars
     * drawn to the busiest month.
     */
    private static void assertMonthsOfThePeriod(Browser browser, JsonNode api) {
        JsonNode months = api.path("byMonth");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).path("code").asText()).isEqualTo("2025-01");
        assertThat(months.get(11).path("count").asLong()).isZero();
        long sum = 0;
        long max = 0;
        for (JsonNode month : months) {
            sum += month.path("count").asLong();
            max = Math.max(max, month.path("count").asLong());
        }
        assertThat(sum).isEqualTo(api.path("interventions").asLong());
        assertThat(text(browser.find("#byMonth tbody tr th"))).isEqualTo("janvier 2025");
        List<WebElement> rows = browser.findAll("#byMonth tbody tr");
        for (int i = 0; i < months.size(); i++) {
            long count = months.get(i).path("count").asLong();
            List<WebElement> bars = rows.get(i).findElements(By.cssSelector("svg.bar rect"));
            assertThat(bars).hasSize(1);
            assertThat(Double.parseDouble(bars.get(0).getAttribute("width").replace("%", "")))
                    .as("bar of %s", months.get(i).path("code")).isCloseTo(100.0 * count / max,
                            org.assertj.core.data.Offset.offset(0.01));
        }
    }

    private static void assertRows(Browser browser, String table, JsonNode cells) {
        List<WebElement> rows = browser.findAll("table#" + table + " tbody tr");
        assertThat(rows).as("rows of %s", table).hasSize(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            WebElement row = rows.get(i);
            assertThat(row.getAttribute("data-figure")).isEqualTo(table + "/" + cell.path("code").asText());
            assertThat(text(row.findElement(By.cssSelector("td.count")))).as("%s %s", table, cell.path("code"))
                    .isEqualTo(cell.path("count").isNull() && !cell.path("complementary").asBoolean()
                            ? "<" + NBSP + "5" : count(cell.path("count")));
            assertThat(text(row.findElement(By.cssSelector("td.percent")))).as("%s %s %%", table,
                    cell.path("code")).isEqualTo(percent(cell.path("percent")));
        }
    }

    /** What the page writes for a count of the API: « 1 234 », or its mark when hidden. */
    private static String count(JsonNode value) {
        if (value.isNull()) {
            return "— (masqué)";
        }
        return String.format(java.util.Locale.ROOT, "%,d", value.asLong()).replace(",", NBSP);
    }

    private static String percent(JsonNode value) {
        return value.isNull() ? "— (masqué)"
                : value.decimalValue().setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + NBSP + "%";
    }

    /** A share as the bilan writes it: a whole percent. */
    private static String whole(JsonNode cell) {
        return cell.path("percent").decimalValue().setScale(0, RoundingMode.HALF_UP).toPlainString() + NBSP + "%";
    }

    private static String pct(JsonNode api, String list, String code) {
        return whole(element(api.path(list), code));
    }

    private static JsonNode element(JsonNode list, String code) {
        for (JsonNode cell : list) {
            if (cell.path("code").asText().equals(code)) {
                return cell;
            }
        }
        throw new AssertionError("no " + code);
    }

    /** The API's cell a row of the page shows. */
    private static JsonNode cellOf(JsonNode api, String table, String code) {
        return switch (table) {
            case "reach" -> code.equals("UNDER_35") ? api.path("under35") : api.path("youthAndFamilies");
            case "referred" -> api.path("individualWithReferral");
            case "stated" -> api.path("collectiveWithParticipants");
            case "needs" -> null;
            default -> element(api.path(TABLES.get(table)), code);
        };
    }

    private JsonNode breakdown(String user, String query) throws Exception {
        HttpResponse<String> response = http.send(request(user, "/api/v1/stats/referrals?" + query).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void post(String path, Map<String, ?> body) throws Exception {
        send("POST", path, body);
    }

    private void send(String method, String path, Map<String, ?> body) throws Exception {
        HttpResponse<String> response = http.send(request(BrowserUsers.COORDINATOR, path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(InterventionBodies.json(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString(
                (user + ":" + BrowserUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
    }

}
