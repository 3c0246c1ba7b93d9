package qc.logbook.dashboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * The business gauges Prometheus scrapes, and the Grafana dashboard of {@code infra/} that draws them: every metric a
 * panel queries is one the application exposes.
 */
@LogbookIntegrationTest
class BusinessMetricsIntegrationTest {

    private static final Path DASHBOARD = Path.of("..", "infra", "grafana", "dashboards", "logbook.json");
    /** PromQL words that are not metric names: functions are followed by "(", these are not. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "inf", "nan");

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessMetrics metrics;

    @Test
    void exposesTheJournalsFiguresWithPlausibleValues() throws Exception {
        metrics.refresh();
        String before = scrape();
        double hlm = value(before, "logbook_interventions", "tenure=\"HLM_OMH\"");
        double withoutOutcome = value(before, "logbook_referrals_without_outcome", null);
        double referrals = value(before, "logbook_referrals", null);

        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("tenure", "HLM_OMH");
        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(InterventionBodies.json(body))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/interventions/" + id + "/referrals").contentType(MediaType.APPLICATION_JSON)
                .content(InterventionBodies.json(Map.of("referralId", UUID.randomUUID().toString(),
                        "sector", "COMMUNITY_ORGANISATION", "need", "FOOD_AID"))))
                .andExpect(status().isCreated());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            metrics.refresh();
            String after = scrape();
            assertThat(value(after, "logbook_interventions", "tenure=\"HLM_OMH\"")).isGreaterThanOrEqualTo(hlm + 1);
            assertThat(value(after, "logbook_referrals")).isGreaterThanOrEqualTo(referrals + 1);
            assertThat(value(after, "logbook_referrals_without_outcome")).isGreaterThanOrEqualTo(withoutOutcome + 1)
                    .isLessThanOrEqualTo(value(after, "logbook_referrals"));
            assertThat(value(after, "logbook_referrals_rate")).isGreaterThan(0).isLessThanOrEqualTo(1);
        });
        String scrape = scrape();
        // one series per tenure, tagged with nothing else that could single anyone out
        for (String tenure : new String[] {"HLM_OMH", "OBNL", "COOP", "OUTSIDE_HOUSING"}) {
            assertThat(value(scrape, "logbook_interventions", "tenure=\"" + tenure + "\"")).isNotNegative();
        }
        assertThat(scrape.lines().filter(l -> l.startsWith("logbook_interventions{"))).hasSize(4)
                .allSatisfy(line -> {
                    Matcher label = Pattern.compile("(\\w+)=\"").matcher(line.substring(0, line.indexOf('}')));
                    while (label.find()) {
                        assertThat(label.group(1)).as(line).isIn("tenure", "application");
                    }
                });
    }

    @Test
    void everyPanelOfTheGrafanaDashboardQueriesAMetricTheApplicationExposes() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
        assertThat(dashboard.path("panels").isArray()).isTrue();
        // commands and requests first, so that their timers exist
        mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                .content(InterventionBodies.json(InterventionBodies.individual(UUID.randomUUID()))))
                .andExpect(status().isCreated());
        metrics.refresh();
        String scrape = scrape();
        Set<String> exposed = new LinkedHashSet<>();
        scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .forEach(l -> exposed.add(l.split("[{ ]", 2)[0]));

        Set<String> queried = new LinkedHashSet<>();
        int panels = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            panels++;
            assertThat(panel.path("title").asText()).as("title of a panel").isNotBlank();
            assertThat(panel.path("targets")).as("targets of %s", panel.path("title")).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                Set<String> names = metricNames(target.path("expr").asText());
                assertThat(names).as("metrics of %s", panel.path("title")).isNotEmpty();
                queried.addAll(names);
            }
        }
        assertThat(panels).isGreaterThanOrEqualTo(10);
        assertThat(queried).contains("logbook_interventions", "logbook_referrals_rate",
                "logbook_referrals_without_outcome", "logbook_rebuild_events_done");
        assertThat(exposed).containsAll(queried);
    }

    /** The metric names of a PromQL expression: label matchers, groupings and ranges removed, functions left out. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\[[^]]*]", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher word = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?!\\s*\\()(?![a-zA-Z0-9_:])").matcher(bare);
        while (word.find()) {
            if (!KEYWORDS.contains(word.group().toLowerCase())) {
                names.add(word.group());
            }
        }
        return names;
    }

    @Test
    void readsMetricNamesOutOfPromQl() {
        assertThat(metricNames("max by (tenure) (delta(logbook_interventions[1d]))"))
                .containsExactly("logbook_interventions");
        assertThat(metricNames("100 * logbook_rebuild_events_done / clamp_min(logbook_rebuild_events_stored, 1)"))
                .containsExactly("logbook_rebuild_events_done", "logbook_rebuild_events_stored");
        assertThat(metricNames("sum by (uri, status) (rate(http_server_requests_seconds_count{uri=\"/x\"}[5m]))"))
                .containsExactly("http_server_requests_seconds_count");
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static double value(String scrape, String name) {
        return value(scrape, name, null);
    }

    /** The value of the one series of {@code name} whose labels contain {@code label} (any when null). */
    private static double value(String scrape, String name, String label) {
        return scrape.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> label == null || l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in the scrape"));
    }
}
