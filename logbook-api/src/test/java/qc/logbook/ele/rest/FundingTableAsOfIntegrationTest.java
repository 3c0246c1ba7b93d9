package qc.logbook.ele.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.asof.PointInTimeReads;
import qc.logbook.ele.api.FindFundingTableQuery;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.query.FundingMeasureView;
import qc.logbook.ele.query.LocalTeamView;
import qc.logbook.ele.query.ProjectView;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * The funding table "as of" an instant: projects posted, an instant remembered, then a correction, a new grant, a
 * cancellation and a renamed team; the table asked as of the instant must be the one read at that instant, to the
 * byte, in JSON and in CSV, while the current table shows the later figures.
 */
@LogbookIntegrationTest
class FundingTableAsOfIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUPONING = "Groupes de couponnage";
    private static final String GARDEN = "Jardin collectif à l'OMH de Montmagny";
    private static final String RINK = "Patinoire";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PointInTimeReads reads;

    /** What {@link #recordHistory()} created and what the table showed at {@code instant}. */
    record History(String measureId, Instant instant, JsonNode tableThen, byte[] csvThen) {
    }

    @Test
    void answersTheFundingTableAsItStoodAtAnInstant() throws Exception {
        History history = recordHistory();

        JsonNode asOf = JSON.readTree(table(history.measureId(), history.instant().toString()));
        JsonNode now = JSON.readTree(table(history.measureId(), null));

        assertThat(asOf).isEqualTo(history.tableThen());
        assertThat(titles(asOf)).containsExactly(COUPONING, GARDEN);
        assertThat(asOf.at("/totals/projects").asInt()).isEqualTo(2);
        assertThat(asOf.at("/totals/support").asText()).isEqualTo("9125.00");
        assertThat(asOf.at("/totals/totalCost").asText()).isEqualTo("16648.00");
        assertThat(asOf.at("/totals/persons").asLong()).isEqualTo(22 + 45);
        assertThat(asOf.at("/totals/leverage").asText()).isEqualTo("1.82");
        assertThat(line(asOf, COUPONING).at("/figures/support").asText()).isEqualTo("3625.00");
        assertThat(line(asOf, COUPONING).get("localTeamName").asText()).isEqualTo("ÉLÉ de Lévis");
        assertThat(line(asOf, GARDEN).get("status").asText()).isEqualTo("FUNDED");

        assertThat(now).isNotEqualTo(history.tableThen());
        assertThat(titles(now)).containsExactly(COUPONING, RINK);
        assertThat(now.at("/totals/support").asText()).isEqualTo("7500.00");
        assertThat(now.at("/totals/totalCost").asText()).isEqualTo("20000.00");
        assertThat(line(now, COUPONING).at("/figures/support").asText()).isEqualTo("3500.00");
        assertThat(line(now, COUPONING).at("/figures/totalCost").asText()).isEqualTo("8000.00");
        assertThat(line(now, COUPONING).get("localTeamName").asText()).isEqualTo("ÉLÉ de Lévis – quartiers");

        JsonNode beforeTheMeasure = JSON.readTree(table(history.measureId(), "2000-01-01T00:00:00Z"));
        assertThat(beforeTheMeasure.get("projects")).isEmpty();
        assertThat(beforeTheMeasure.at("/totals/projects").asInt()).isZero();
        assertThat(beforeTheMeasure.at("/totals/support").asText()).isEqualTo("0.00");

        // the funding events alone, folded, give what a fold of the whole history gives, at every instant of the story
        for (Instant instant : List.of(history.instant(), Instant.now(), Instant.parse("2000-01-01T00:00:00Z"))) {
            FindFundingTableQuery query = new FindFundingTableQuery(FundingMeasureId.of(history.measureId()), null,
                    instant);
            assertThat(reads.fundingTable(query)).isEqualTo(reads.fundingTableFromFullFold(query));
        }

        assertThat(mongo.getCollectionNames()).as("no temporary collections for the funding table as of an instant")
                .noneMatch(name -> name.contains("__asof_") && (name.startsWith(FundingMeasureView.COLLECTION)
                        || name.startsWith(LocalTeamView.COLLECTION) || name.startsWith(ProjectView.COLLECTION)));
    }

    @Test
    void exportsTheFundingTableAsOfAnInstantAsCsv() throws Exception {
        History history = recordHistory();

        byte[] byParameter = mvc.perform(get("/api/v1/funding/table").param("measureId", history.measureId())
                        .param("asOf", history.instant().toString()).param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"financement-ele.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] byAccept = mvc.perform(get("/api/v1/funding/table").param("measureId", history.measureId())
                        .param("asOf", history.instant().toString()).accept("text/csv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] now = csv(history.measureId(), null);

        assertThat(byParameter).isEqualTo(history.csvThen());
        assertThat(byAccept).isEqualTo(history.csvThen());
        assertThat(now).isNotEqualTo(history.csvThen());
        assertThat(lastLine(byParameter))
                .isEqualTo("Total / Total;;;;2 projet(s) / project(s);;;;67;0;9125.00;16648.00;1.82");
        assertThat(lastLine(now))
                .isEqualTo("Total / Total;;;;2 projet(s) / project(s);;;;57;0;7500.00;20000.00;2.67");
    }

    @Test
    void refusesAMalformedOrFutureAsOfNamingTheParameterLikeTheReferralBreakdown() throws Exception {
        String measureId = UUID.randomUUID().toString();
        String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        for (String bad : List.of("hier", "2016-03-31", "2016-03-31T25:00:00Z")) {
            JsonNode problem = problem(get("/api/v1/funding/table").param("measureId", measureId).param("asOf", bad));
            assertThat(problem.at("/errors/0/field").asText()).as(bad).isEqualTo("asOf");
            assertThat(problem.at("/errors/0/rule").asText()).as(bad).isEqualTo("invalid-value");
            assertThat(problem.at("/errors/0/message_fr").asText()).as(bad).contains("ISO-8601");
            assertThat(problem.get("errors")).as(bad)
                    .isEqualTo(problem(get("/api/v1/stats/referrals").param("asOf", bad)).get("errors"));
        }
        JsonNode inFuture = problem(get("/api/v1/funding/table").param("measureId", measureId)
                .param("asOf", future));
        assertThat(inFuture.at("/errors/0/field").asText()).isEqualTo("asOf");
        assertThat(inFuture.at("/errors/0/rule").asText()).isEqualTo("date.in-future");
        assertThat(problem(get("/api/v1/funding/table").param("asOf", future).param("format", "csv"))
                .get("errors")).isEqualTo(inFuture.get("errors"));
        assertThat(problem(get("/api/v1/funding/table").param("asOf", future).accept("text/csv"))
                .get("errors")).isEqualTo(inFuture.get("errors"));
        assertThat(problem(get("/api/v1/stats/referrals").param("asOf", future)).get("errors"))
                .isEqualTo(inFuture.get("errors"));
        assertThat(problem(get("/api/v1/exports/referral-breakdown.csv").param("asOf", future)).get("errors"))
                .isEqualTo(inFuture.get("errors"));
    }

    @Test
    void keepsRolesAndTerritoriesForTheTableAsOfAnInstant() throws Exception {
        History history = recordHistory();
        String asOf = history.instant().toString();

        JsonNode montmagny = JSON.readTree(mvc.perform(get("/api/v1/funding/table")
                        .param("measureId", history.measureId()).param("asOf", asOf)
                        .with(TestUsers.coordinator("MONTMAGNY")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(titles(montmagny)).containsExactly(GARDEN);
        assertThat(montmagny.at("/totals/support").asText()).isEqualTo("5500.00");
        assertThat(montmagny.get("territories")).hasSize(1);
        assertThat(montmagny.at("/territories/0/key").asText()).isEqualTo("MONTMAGNY");

        JsonNode levis = JSON.readTree(mvc.perform(get("/api/v1/funding/table")
                        .param("measureId", history.measureId()).param("asOf", asOf)
                        .with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(titles(levis)).containsExactly(COUPONING);
        assertThat(levis.at("/totals/support").asText()).isEqualTo("3625.00");

        String levisCsv = new String(mvc.perform(get("/api/v1/funding/table").param("measureId", history.measureId())
                        .param("asOf", asOf).param("format", "csv").with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(levisCsv).contains(COUPONING).doesNotContain("Montmagny");

        mvc.perform(get("/api/v1/funding/table").param("measureId", history.measureId()).param("asOf", asOf)
                        .with(TestUsers.evaluator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.support").value("9125.00"));
        mvc.perform(get("/api/v1/funding/table").param("measureId", history.measureId()).param("asOf", asOf)
                        .with(TestUsers.worker("LEVIS")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/funding/table").param("measureId", history.measureId()).param("asOf", asOf)
                        .param("format", "csv").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isForbidden());
    }

    @Test
    void documentsTheAsOfParameterInTheOpenApiDescription() throws Exception {
        JsonNode apiDocs = JSON.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        List<String> parameters = new ArrayList<>();
        apiDocs.at("/paths/~1api~1v1~1funding~1table/get/parameters")
                .forEach(p -> parameters.add(p.get("name").asText()));
        assertThat(parameters).contains("measureId", "format", "asOf");
        for (JsonNode parameter : apiDocs.at("/paths/~1api~1v1~1funding~1table/get/parameters")) {
            if (parameter.get("name").asText().equals("asOf")) {
                assertThat(parameter.at("/schema/format").asText()).isEqualTo("date-time");
                assertThat(parameter.get("description").asText()).startsWith("Le tableau tel qu'il était");
            }
        }
    }

    /**
     * Two teams and three projects: the couponing groups (Lévis) granted and completed, the garden (Montmagny)
     * granted, the rink (Montmagny) only submitted. Then, after the instant: the couponing figures corrected, the rink
     * granted, the garden cancelled, the Lévis team renamed.
     */
    private History recordHistory() throws Exception {
        String measure = UUID.randomUUID().toString();
        post("/api/v1/funding-measures", EleSeed.measure(measure, "50000.00")).andExpect(status().isCreated());
        String levis = formTeam("LEVIS");
        String montmagny = formTeam("MONTMAGNY");
        String couponing = submit(measure, levis, details(COUPONING, "LEVIS", 22, "7905.00"));
        grant(measure, couponing, "3625.00");
        post(project(measure, couponing) + "/completion", Map.of()).andExpect(status().isNoContent());
        String garden = submit(measure, montmagny, details(GARDEN, "MONTMAGNY", 45, "8743.00"));
        grant(measure, garden, "5500.00");
        String rink = submit(measure, montmagny, details(RINK, "MONTMAGNY", 35, "12000.00"));

        AtomicReference<String> then = new AtomicReference<>();
        eventually().untilAsserted(() -> {
            JsonNode table = JSON.readTree(table(measure, null));
            assertThat(table.at("/totals/support").asText()).isEqualTo("9125.00");
            assertThat(line(table, COUPONING).get("status").asText()).isEqualTo("COMPLETED");
            then.set(table.toString());
        });
        byte[] csvThen = csv(measure, null);
        Instant instant = Instant.now();

        Map<String, Object> correction = details(COUPONING, "LEVIS", 22, "8000.00");
        correction.put("support", new BigDecimal("3500.00"));
        correction.put("reason", "Bilan financier final");
        post(project(measure, couponing) + "/corrections", correction).andExpect(status().isNoContent());
        grant(measure, rink, "4000.00");
        post(project(measure, garden) + "/cancellation", Map.of("reason", "Terrain non disponible"))
                .andExpect(status().isNoContent());
        Map<String, Object> renamed = new LinkedHashMap<>(EleSeed.team(levis, "LEVIS"));
        renamed.put("name", "ÉLÉ de Lévis – quartiers");
        mvc.perform(put("/api/v1/local-teams/" + levis).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(renamed)))
                .andExpect(status().isNoContent());

        eventually().untilAsserted(() -> {
            JsonNode table = JSON.readTree(table(measure, null));
            assertThat(table.at("/totals/support").asText()).isEqualTo("7500.00");
            assertThat(line(table, COUPONING).get("localTeamName").asText()).isEqualTo("ÉLÉ de Lévis – quartiers");
        });
        return new History(measure, instant, JSON.readTree(then.get()), csvThen);
    }

    private String table(String measureId, String asOf) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/funding/table").param("measureId", measureId)
                .accept(MediaType.APPLICATION_JSON);
        if (asOf != null) {
            request.param("asOf", asOf);
        }
        return mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] csv(String measureId, String asOf) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/funding/table").param("measureId", measureId)
                .param("format", "csv");
        if (asOf != null) {
            request.param("asOf", asOf);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private JsonNode problem(MockHttpServletRequestBuilder request) throws Exception {
        return JSON.readTree(mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String lastLine(byte[] csv) {
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
        return Arrays.asList(lines).get(lines.length - 1);
    }

    private static List<String> titles(JsonNode table) {
        List<String> titles = new ArrayList<>();
        table.get("projects").forEach(p -> titles.add(p.get("title").asText()));
        return titles;
    }

    private static JsonNode line(JsonNode table, String title) {
        for (JsonNode p : table.get("projects")) {
            if (p.get("title").asText().equals(title)) {
                return p;
            }
        }
        throw new AssertionError("no project " + title);
    }

    private static Map<String, Object> details(String title, String territory, int persons, String totalCost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("territories", List.of(territory));
        body.put("participants", Map.of("persons", persons));
        body.put("outcomes", List.of("Des liens se sont créés."));
        body.put("totalCost", new BigDecimal(totalCost));
        return body;
    }

    private static String project(String measure, String project) {
        return "/api/v1/funding-measures/" + measure + "/projects/" + project;
    }

    /** Forms a team and waits until submissions can name it. */
    private String formTeam(String territory) throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/local-teams", EleSeed.team(id, territory)).andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/local-teams/" + id)).andExpect(status().isOk()));
        return id;
    }

    private String submit(String measure, String team, Map<String, Object> details) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>(details);
        body.put("id", id);
        body.put("localTeamId", team);
        post("/api/v1/funding-measures/" + measure + "/projects", body).andExpect(status().isCreated());
        return id;
    }

    private void grant(String measure, String project, String support) throws Exception {
        mvc.perform(put(project(measure, project) + "/support").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("support", new BigDecimal(support)))))
                .andExpect(status().isNoContent());
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }
}
