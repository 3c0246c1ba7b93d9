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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.ele.query.FundingMeasureView;
import qc.logbook.ele.query.FundingProjection;
import qc.logbook.ele.query.LocalTeamView;
import qc.logbook.ele.query.ProjectView;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;
import qc.logbook.support.TestUsers;

@LogbookIntegrationTest
class EleFundingApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReadModels readModels;

    /** What {@link #recordSeed()} created. */
    record Seed(String measureId, Map<String, String> teamIds, Map<String, String> projectIds) {
    }

    @Test
    void reproducesTheSeedFundingTableFromTheNineProjectsPostedThroughTheApi() throws Exception {
        Seed seed = recordSeed();

        JsonNode table = fundingTable(seed.measureId());

        assertThat(table.at("/totals/projects").asInt()).isEqualTo(9);
        assertThat(table.at("/totals/support").asText()).isEqualTo("41300.00");
        assertThat(table.at("/totals/totalCost").asText()).isEqualTo("94161.00");
        assertThat(table.at("/totals/supportCents").asLong()).isEqualTo(4_130_000L);
        assertThat(table.at("/totals/totalCostCents").asLong()).isEqualTo(9_416_100L);
        assertThat(table.at("/totals/leverage").asText()).isEqualTo("2.28");
        assertThat(table.at("/totals/persons").asLong()).isEqualTo(66 + 250 + 63 + 120 + 45 + 22 + 108);
        assertThat(table.at("/totals/participations").asLong()).isEqualTo(595 + 1354);

        Map<String, JsonNode> projects = new LinkedHashMap<>();
        table.get("projects").forEach(p -> projects.put(p.get("title").asText(), p));
        assertThat(projects).hasSize(9);
        for (EleSeed.Project expected : EleSeed.PROJECTS) {
            JsonNode line = projects.get(expected.title());
            assertThat(line).as(expected.title()).isNotNull();
            assertThat(line.at("/figures/support").asText()).as(expected.title())
                    .isEqualTo(expected.support() + ".00");
            assertThat(line.at("/figures/totalCost").asText()).as(expected.title())
                    .isEqualTo(expected.totalCost() + ".00");
            assertThat(line.get("researchDocumented").asBoolean()).as(expected.title())
                    .isEqualTo(expected.researchDocumented());
            assertThat(line.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(line.get("periodCode").asText()).isEqualTo("2013-2016");
            assertThat(line.get("localTeamName").asText()).isEqualTo(EleSeed.TEAMS.get(expected.teamTerritory()));
            assertThat(line.path("persons").isMissingNode() ? null : line.get("persons").asInt())
                    .as(expected.title()).isEqualTo(expected.persons());
            assertThat(line.path("participations").isMissingNode() ? null : line.get("participations").asInt())
                    .as(expected.title()).isEqualTo(expected.participations());
        }
        assertThat(projects.get(EleSeed.CONFERENCES).get("shared").asBoolean()).isTrue();
        assertThat(projects.values()).filteredOn(p -> p.get("shared").asBoolean()).hasSize(1);

        List<String> territoryRows = new ArrayList<>();
        table.get("territories").forEach(t -> territoryRows.add(String.join("|", t.get("key").asText(),
                t.at("/subtotal/projects").asText(), t.get("sharedProjects").asText(),
                t.at("/subtotal/support").asText(), t.at("/subtotal/totalCost").asText(),
                t.at("/subtotal/persons").asText(), t.at("/subtotal/participations").asText())));
        assertThat(territoryRows).containsExactly(
                "LES-APPALACHES|1|0|6000.00|15137.00|66|0",
                "BEAUCE-SARTIGAN|1|1|5500.00|5925.00|250|0",
                "ROBERT-CLICHE|2|1|10800.00|14642.00|358|0",
                "LES-ETCHEMINS|2|0|3000.00|9000.00|63|595",
                "LOTBINIERE|1|0|5500.00|8690.00|120|0",
                "LEVIS|2|0|10500.00|37949.00|22|1354",
                "MONTMAGNY|1|0|5500.00|8743.00|45|0");
        for (String shared : List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE")) {
            JsonNode territory = territory(table, shared);
            List<String> sharedTitles = new ArrayList<>();
            territory.get("projects").forEach(p -> {
                if (p.get("shared").asBoolean()) {
                    sharedTitles.add(p.get("title").asText());
                }
            });
            assertThat(sharedTitles).as(shared).containsExactly(EleSeed.CONFERENCES);
        }

        assertThat(table.get("localTeams")).hasSize(7);
        long teamSupport = 0;
        for (JsonNode team : table.get("localTeams")) {
            teamSupport += team.at("/subtotal/supportCents").asLong();
        }
        assertThat(teamSupport).as("each project counted once across the teams").isEqualTo(4_130_000L);
        assertThat(table.get("periods")).hasSize(1);
        assertThat(table.at("/periods/0/key").asText()).isEqualTo("2013-2016");
        assertThat(table.at("/periods/0/subtotal/support").asText()).isEqualTo("41300.00");
        assertThat(table.at("/periods/0/subtotal/totalCost").asText()).isEqualTo("94161.00");

        mvc.perform(get("/api/v1/funding-measures/" + seed.measureId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.envelope").value("50000.00"))
                .andExpect(jsonPath("$.granted").value("41300.00"))
                .andExpect(jsonPath("$.remaining").value("8700.00"))
                .andExpect(jsonPath("$.periodCode").value("2013-2016"));
    }

    @Test
    void exportsTheFundingTableAsCsvForASpreadsheet() throws Exception {
        Seed seed = recordSeed();
        fundingTable(seed.measureId());

        MvcResult byAccept = mvc.perform(get("/api/v1/funding/table").param("measureId", seed.measureId())
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"financement-ele.csv\""))
                .andReturn();
        byte[] csv = byAccept.getResponse().getContentAsByteArray();
        byte[] byParameter = mvc.perform(get("/api/v1/funding/table").param("measureId", seed.measureId())
                        .param("format", "csv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(byParameter).isEqualTo(csv);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertThat(lines.get(0)).startsWith("Ligne / Row;Période / Period;Territoire / Territory;Équipe locale");
        assertThat(lines).contains(
                "Projet / Project;2013-2016;Lotbinière;ÉLÉ de Lotbinière;Jardin collectif à Dosquet;non;non;Réalisé;"
                        + "120;;5500.00;8690.00;1.58",
                "Projet / Project;2013-2016;Lévis;ÉLÉ de Lévis;Entre voisins, pourquoi pas des liens!;non;non;Réalisé;"
                        + ";1354;6875.00;30044.00;4.37",
                "Sous-total territoire / Territory subtotal;;Robert-Cliche (Beauce-Centre);;2 projet(s) / project(s)"
                        + ";;;;358;0;10800.00;14642.00;1.36");
        assertThat(lines).filteredOn(l -> l.contains(EleSeed.CONFERENCES))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).contains(";oui;non;Réalisé;250;;5500.00;5925.00;1.08"));
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Total / Total;;;;9 projet(s) / project(s);;;;674;1949;41300.00;94161.00;2.28");
    }

    @Test
    void rebuildsTheSameFundingTableWhenItsEventsAreReplayed() throws Exception {
        Seed seed = recordSeed();
        JsonNode table = fundingTable(seed.measureId());
        readModels.awaitCaughtUp(FundingProjection.PROCESSING_GROUP);
        List<Document> measures = readModels.snapshot(FundingMeasureView.COLLECTION);
        List<Document> teams = readModels.snapshot(LocalTeamView.COLLECTION);
        List<Document> projects = readModels.snapshot(ProjectView.COLLECTION);
        String csv = fundingTableCsv(seed.measureId());

        // A document no event produced: the rebuild must start from empty collections and leave it out.
        mongo.getCollection(readModels.physical(ProjectView.COLLECTION)).insertOne(new Document("_id", "stray").append("version", 1L)
                .append("measureId", seed.measureId()).append("title", "Projet fantôme")
                .append("territories", List.of("LEVIS")).append("status", "FUNDED").append("researchDocumented", false)
                .append("supportCents", 100_000L).append("totalCostCents", 100_000L));
        assertThat(JSON.readTree(fundingTableText(seed.measureId()))).isNotEqualTo(table);

        readModels.replay(FundingProjection.PROCESSING_GROUP);

        assertThat(projects).hasSizeGreaterThanOrEqualTo(9);
        assertThat(readModels.snapshot(FundingMeasureView.COLLECTION)).isEqualTo(measures);
        assertThat(readModels.snapshot(LocalTeamView.COLLECTION)).isEqualTo(teams);
        assertThat(readModels.snapshot(ProjectView.COLLECTION)).isEqualTo(projects);
        assertThat(JSON.readTree(fundingTableText(seed.measureId()))).isEqualTo(table);
        assertThat(fundingTableCsv(seed.measureId())).isEqualTo(csv);
    }

    @Test
    void refusesSupportBeyondTheEnvelopeOrTheTotalCostAndStoresNothing() throws Exception {
        String measure = defineMeasure("10000.00");
        String team = formTeam("MONTMAGNY");
        String first = submit(measure, team, "Jardin collectif", "8743.00");
        String second = submit(measure, team, "Patinoire", "12000.00");
        grant(measure, first, "5500.00").andExpect(status().isNoContent());
        int events = eventsOf(measure);

        grant(measure, second, "4500.01")
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("support"))
                .andExpect(jsonPath("$.errors[0].rule").value("funding-measure.envelope-exceeded"))
                .andExpect(jsonPath("$.errors[0].message_fr").isNotEmpty());
        grant(measure, first, "8743.01")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("project.support-exceeds-total-cost"));

        assertThat(eventsOf(measure)).isEqualTo(events);
        grant(measure, second, "4500.00").andExpect(status().isNoContent());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/funding-measures/" + measure))
                .andExpect(jsonPath("$.granted").value("10000.00"))
                .andExpect(jsonPath("$.remaining").value("0.00")));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + first))
                .andExpect(jsonPath("$.support").value("5500.00"))
                .andExpect(jsonPath("$.status").value("FUNDED")));
    }

    @Test
    void keepsACompletedProjectFinalUnlessCorrectedWithAReason() throws Exception {
        String measure = defineMeasure("20000.00");
        String team = formTeam("L-ISLET");
        String project = submit(measure, team, "Cuisine collective", "3000.00");
        grant(measure, project, "2000.00").andExpect(status().isNoContent());
        post("/api/v1/funding-measures/" + measure + "/projects/" + project + "/completion", Map.of())
                .andExpect(status().isNoContent());
        int events = eventsOf(measure);

        Map<String, Object> revised = details("Cuisine collective", "3500.00");
        mvc.perform(put("/api/v1/funding-measures/" + measure + "/projects/" + project)
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(revised)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("project.completed-final"));
        grant(measure, project, "2500.00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("project.completed-final"));
        Map<String, Object> correction = new LinkedHashMap<>(revised);
        correction.put("support", "2500.00");
        post("/api/v1/funding-measures/" + measure + "/projects/" + project + "/corrections", correction)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(eventsOf(measure)).isEqualTo(events);

        correction.put("reason", "Bilan financier final");
        post("/api/v1/funding-measures/" + measure + "/projects/" + project + "/corrections", correction)
                .andExpect(status().isNoContent());
        assertThat(eventsOf(measure)).isEqualTo(events + 1);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + project))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.support").value("2500.00"))
                .andExpect(jsonPath("$.totalCost").value("3500.00"))
                .andExpect(jsonPath("$.correctionReasons[0]").value("Bilan financier final")));
    }

    @Test
    void refusesInvalidProjectsWithProblemDocumentsAndStoresNothing() throws Exception {
        String measure = defineMeasure("20000.00");
        String team = formTeam("BELLECHASSE");
        int events = eventsOf(measure);

        Map<String, Object> unknownTerritory = submission(team, "Projet", "1000.00");
        unknownTerritory.put("territories", List.of("BELLECHASSE", "ATLANTIS"));
        post("/api/v1/funding-measures/" + measure + "/projects", unknownTerritory)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("territories[1]"))
                .andExpect(jsonPath("$.errors[0].rule").value("territory.unknown"));

        Map<String, Object> fractionOfCent = submission(team, "Projet", "1000.005");
        post("/api/v1/funding-measures/" + measure + "/projects", fractionOfCent)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("totalCost"));

        Map<String, Object> negative = submission(team, "Projet", "1000.00");
        negative.put("participants", Map.of("participations", -1));
        post("/api/v1/funding-measures/" + measure + "/projects", negative)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants.participations"));

        post("/api/v1/funding-measures/" + measure + "/projects",
                submission(UUID.randomUUID().toString(), "Projet", "1000.00"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("localTeamId"))
                .andExpect(jsonPath("$.errors[0].rule").value("local-team.unknown"));

        post("/api/v1/funding-measures/" + UUID.randomUUID() + "/projects", submission(team, "Projet", "1000.00"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].rule").value("funding-measure.unknown"));

        assertThat(eventsOf(measure)).isEqualTo(events);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects").param("measureId", measure))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0)));
    }

    @Test
    void aRetriedSubmissionChangesNothingAndAnotherUnderTheSameIdIsAConflict() throws Exception {
        String measure = defineMeasure("20000.00");
        String team = formTeam("LA-NOUVELLE-BEAUCE");
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = submission(team, "Halte-garderie", "4000.00");
        body.put("id", id);
        post("/api/v1/funding-measures/" + measure + "/projects", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/projects/" + id));
        int events = eventsOf(measure);

        post("/api/v1/funding-measures/" + measure + "/projects", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/projects/" + id));
        Map<String, Object> other = new LinkedHashMap<>(body);
        other.put("title", "Autre projet");
        post("/api/v1/funding-measures/" + measure + "/projects", other)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("project.id-taken"));

        assertThat(eventsOf(measure)).isEqualTo(events);
    }

    @Test
    void refusesAnEnvelopeBelowTheSupportGranted() throws Exception {
        String measure = defineMeasure("10000.00");
        String team = formTeam("MONTMAGNY");
        String project = submit(measure, team, "Jardin", "8000.00");
        grant(measure, project, "6000.00").andExpect(status().isNoContent());
        int events = eventsOf(measure);

        mvc.perform(put("/api/v1/funding-measures/" + measure + "/envelope").contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("envelope", new BigDecimal("5999.99"),
                                "reason", "Compressions"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("funding-measure.envelope-below-granted"));
        assertThat(eventsOf(measure)).isEqualTo(events);
    }

    @Test
    void listsTheProjectsOfATerritoryIncludingSharedOnesAndFindsTeams() throws Exception {
        String measure = defineMeasure("20000.00");
        String beauce = formTeam("BEAUCE-SARTIGAN");
        Map<String, Object> shared = submission(beauce, "Conférences partagées", "2000.00");
        shared.put("territories", List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"));
        post("/api/v1/funding-measures/" + measure + "/projects", shared).andExpect(status().isCreated());
        submit(measure, beauce, "Projet local", "1000.00");

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects").param("measureId", measure)
                        .param("territory", "ROBERT-CLICHE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Conférences partagées"))
                .andExpect(jsonPath("$.items[0].shared").value(true)));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects").param("measureId", measure)
                        .param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Projet local")));
        mvc.perform(get("/api/v1/local-teams/" + beauce))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.territory").value("BEAUCE-SARTIGAN"))
                .andExpect(jsonPath("$.members.tenants").value(4))
                .andExpect(jsonPath("$.tenantNeeds[0]").value("Briser l'isolement"));
        mvc.perform(get("/api/v1/local-teams/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void refusesALocalTeamWithoutMembersAndStoresNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>(EleSeed.team(id, "LEVIS"));
        body.put("members", Map.of("workers", 0, "tenants", 0, "communityPartners", 0, "institutionalPartners", 0));

        post("/api/v1/local-teams", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members"))
                .andExpect(jsonPath("$.errors[0].rule").value("local-team.members-required"));
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void scopesTheTableTeamsAndProjectsToTheUsersTerritories() throws Exception {
        Seed seed = recordSeed();
        fundingTable(seed.measureId());

        String table = mvc.perform(get("/api/v1/funding/table").param("measureId", seed.measureId())
                        .with(TestUsers.coordinator("ROBERT-CLICHE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode scoped = JSON.readTree(table);
        assertThat(scoped.at("/totals/projects").asInt()).isEqualTo(2);
        assertThat(scoped.at("/totals/support").asText()).isEqualTo("10800.00");
        assertThat(scoped.at("/totals/totalCost").asText()).isEqualTo("14642.00");
        assertThat(scoped.get("territories")).hasSize(1);
        assertThat(scoped.at("/territories/0/key").asText()).isEqualTo("ROBERT-CLICHE");

        mvc.perform(get("/api/v1/projects/" + seed.projectIds().get("Groupes de couponnage"))
                        .with(TestUsers.coordinator("ROBERT-CLICHE")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + seed.projectIds().get(EleSeed.CONFERENCES))
                        .with(TestUsers.coordinator("ROBERT-CLICHE")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/local-teams/" + seed.teamIds().get("LEVIS"))
                        .with(TestUsers.coordinator("ROBERT-CLICHE")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/funding/table").param("measureId", seed.measureId())
                        .with(TestUsers.evaluator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.support").value("41300.00"));
        mvc.perform(get("/api/v1/funding/table").with(TestUsers.worker("LEVIS")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesCommandsOutsideTheUsersTerritoriesAndStoresNothing() throws Exception {
        String measure = defineMeasure("20000.00");
        String team = formTeam("MONTMAGNY");
        int events = eventsOf(measure);

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/funding-measures/" + measure + "/projects")
                        .with(TestUsers.coordinator("LEVIS")).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(submission(team, "Projet", "1000.00"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("localTeamId"));
        String levisTeam = formTeam("LEVIS");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/funding-measures/" + measure + "/projects")
                        .with(TestUsers.coordinator("LEVIS")).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(submission(levisTeam, "Projet", "1000.00"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("territory.out-of-scope"))
                .andExpect(jsonPath("$.errors[0].field").value("territories"));
        mvc.perform(put("/api/v1/funding-measures/" + measure + "/envelope").with(TestUsers.coordinator("LEVIS"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("envelope", "30000.00", "reason", "Ajout"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("funding-measure.region-wide-only"));
        String teamId = UUID.randomUUID().toString();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/local-teams").with(TestUsers.coordinator("LEVIS"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(EleSeed.team(teamId, "MONTMAGNY"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("territory.out-of-scope"));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/local-teams").with(TestUsers.evaluator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(EleSeed.team(UUID.randomUUID().toString(), "LEVIS"))))
                .andExpect(status().isForbidden());

        assertThat(eventsOf(measure)).isEqualTo(events);
        assertThat(eventsOf(teamId)).isZero();
    }

    @Test
    void documentsTheEndpointsInTheOpenApiDescription() throws Exception {
        String apiDocs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(apiDocs).contains("/api/v1/funding/table", "/api/v1/local-teams",
                "/api/v1/funding-measures/{measureId}/projects/{projectId}/support", "/api/v1/projects/{projectId}",
                "Tableau de financement / Funding table");
    }

    /** Records the seed: the measure, seven local teams, then the nine projects granted and completed. */
    private Seed recordSeed() throws Exception {
        String measureId = defineMeasure("50000.00");
        Map<String, String> teamIds = new LinkedHashMap<>();
        for (String territory : EleSeed.TEAMS.keySet()) {
            teamIds.put(territory, formTeam(territory));
        }
        Map<String, String> projectIds = new LinkedHashMap<>();
        for (EleSeed.Project p : EleSeed.PROJECTS) {
            String id = UUID.randomUUID().toString();
            post("/api/v1/funding-measures/" + measureId + "/projects",
                    EleSeed.project(id, teamIds.get(p.teamTerritory()), p))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/v1/projects/" + id));
            grant(measureId, id, p.support()).andExpect(status().isNoContent());
            post("/api/v1/funding-measures/" + measureId + "/projects/" + id + "/completion", Map.of())
                    .andExpect(status().isNoContent());
            projectIds.put(p.title(), id);
        }
        assertThat(eventsOf(measureId)).isEqualTo(1 + 9 * 3);
        return new Seed(measureId, teamIds, projectIds);
    }

    /** The funding table of the measure once all nine projects are projected as completed. */
    private JsonNode fundingTable(String measureId) throws Exception {
        AtomicReference<JsonNode> table = new AtomicReference<>();
        eventually().untilAsserted(() -> {
            JsonNode current = JSON.readTree(fundingTableText(measureId));
            assertThat(current.at("/totals/projects").asInt()).isEqualTo(9);
            current.get("projects").forEach(p -> assertThat(p.get("status").asText()).isEqualTo("COMPLETED"));
            table.set(current);
        });
        return table.get();
    }

    private String fundingTableText(String measureId) throws Exception {
        return mvc.perform(get("/api/v1/funding/table").param("measureId", measureId)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String fundingTableCsv(String measureId) throws Exception {
        return mvc.perform(get("/api/v1/funding/table").param("measureId", measureId).param("format", "csv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode territory(JsonNode table, String code) {
        for (JsonNode t : table.get("territories")) {
            if (t.get("key").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no territory " + code);
    }

    private String defineMeasure(String envelope) throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/funding-measures", EleSeed.measure(id, envelope))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/funding-measures/" + id))
                .andExpect(jsonPath("$.id").value(id));
        return id;
    }

    /** Forms a team and waits until submissions can name it. */
    private String formTeam(String territory) throws Exception {
        String id = UUID.randomUUID().toString();
        post("/api/v1/local-teams", EleSeed.team(id, territory))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/local-teams/" + id));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/local-teams/" + id)).andExpect(status().isOk()));
        return id;
    }

    private String submit(String measure, String team, String title, String totalCost) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = submission(team, title, totalCost);
        body.put("id", id);
        post("/api/v1/funding-measures/" + measure + "/projects", body).andExpect(status().isCreated());
        return id;
    }

    private static Map<String, Object> submission(String team, String title, String totalCost) {
        Map<String, Object> body = details(title, totalCost);
        body.put("localTeamId", team);
        return body;
    }

    private static Map<String, Object> details(String title, String totalCost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("territories", List.of("MONTMAGNY"));
        body.put("participants", Map.of("persons", 12));
        body.put("outcomes", List.of("Des liens se sont créés."));
        body.put("totalCost", new BigDecimal(totalCost));
        return body;
    }

    private ResultActions grant(String measure, String project, String support) throws Exception {
        return mvc.perform(put("/api/v1/funding-measures/" + measure + "/projects/" + project + "/support")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("support", new BigDecimal(support)))));
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, aggregateId);
    }
}
