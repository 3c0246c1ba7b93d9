package qc.logbook.ele.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.practice.command.PracticeForms.complete;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * The coordinators' ÉLÉ pages send the same commands as the API: a measure, a team and a project made through the
 * pages read back through the API; the money rules refuse on the field they name, in the reader's language, keeping
 * what was typed; a completed project's figures are final; evaluators read and never write; workers see nothing.
 */
@LogbookIntegrationTest
class ElePagesIntegrationTest {

    private static final RequestPostProcessor LEVIS = TestUsers.coordinator("LEVIS", "BELLECHASSE");

    @Autowired
    MockMvc mvc;

    @Test
    void aCoordinatorRunsAProjectFromSubmissionToCompletionThroughThePages() throws Exception {
        // a measure is regional: defined by a coordinator of every territory
        String measureUrl = page(post("/ele/measures").with(TestUsers.superUser())
                .param("name", "Mesure de soutien aux plans d’action").param("period.firstYear", "2013")
                .param("period.lastYear", "2016").param("envelope", "10 000,00")).getResponse().getRedirectedUrl();
        assertThat(measureUrl).startsWith("/ele/measures/").endsWith("?done=defined");
        String measure = measureUrl.substring("/ele/measures/".length(), measureUrl.indexOf('?'));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/funding-measures/" + measure))
                .andExpect(jsonPath("$.envelope").value("10000.00")));

        // a coordinator of some territories cannot: the refusal is on the page, what was typed kept
        String refused = html(post("/ele/measures").with(LEVIS).param("name", "Mesure locale")
                .param("period.firstYear", "2017").param("period.lastYear", "2019").param("envelope", "500"));
        assertThat(refused).contains("role=\"alert\"").contains("value=\"Mesure locale\"");

        assertThat(page(post("/ele/teams").with(LEVIS).param("name", "ÉLÉ de Lévis").param("territory", "LEVIS")
                .param("members.workers", "2").param("members.tenants", "4").param("members.communityPartners", "3")
                .param("members.institutionalPartners", "2").param("partnerOrganisations", "Maison de la famille", "CLSC", " ")
                .param("tenantNeeds", "Boucler le budget")).getResponse().getRedirectedUrl())
                .isEqualTo("/ele/teams?done=formed");
        String teams = html(get("/ele/teams").with(LEVIS));
        assertThat(teams).contains("ÉLÉ de Lévis");
        String team = teams.replaceAll("(?s).*data-team=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(get("/api/v1/local-teams/" + team)).andExpect(jsonPath("$.partnerOrganisations.length()").value(2));

        UUID practice = publishedPractice("Groupes de couponnage");
        String projectUrl = page(post("/ele/measures/" + measure + "/projects").with(LEVIS)
                .param("localTeamId", team).param("title", "Groupes de couponnage").param("territories", "LEVIS")
                .param("participants.persons", "22").param("outcomes", "Des alliances se sont développées.", "", "Entraide")
                .param("totalCost", "7 905,00").param("researchDocumented", "true")
                .param("practiceId", practice.toString())).getResponse().getRedirectedUrl();
        assertThat(projectUrl).startsWith("/ele/projects/").contains("done=submitted");
        String project = projectUrl.substring("/ele/projects/".length(), projectUrl.indexOf('?'));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + project))
                .andExpect(jsonPath("$.practiceId").value(practice.toString()))
                .andExpect(jsonPath("$.outcomes.length()").value(2))
                .andExpect(jsonPath("$.persons").value(22))
                .andExpect(jsonPath("$.participations").doesNotExist())
                .andExpect(jsonPath("$.totalCost").value("7905.00")));
        assertThat(html(get(projectUrl).with(LEVIS))).contains("Groupes de couponnage").contains("data-step=\"SUBMITTED\"")
                .contains("href=\"/practices/" + practice + "\"");

        // support above the total cost: refused on the support field, in French then in English, typed value kept
        String french = html(post("/ele/projects/" + project + "/support").with(LEVIS).param("support", "8000"));
        assertThat(french).contains("id=\"support-error\"").contains("aria-invalid=\"true\"").contains("value=\"8000\"")
                .contains("coût total");
        String english = html(post("/ele/projects/" + project + "/support").with(LEVIS).param("support", "8000")
                .header("Accept-Language", "en"));
        assertThat(english).contains("id=\"support-error\"").contains("total cost");

        assertThat(page(post("/ele/projects/" + project + "/support").with(LEVIS).param("support", "3625"))
                .getResponse().getRedirectedUrl()).contains("done=granted");
        assertThat(page(post("/ele/projects/" + project + "/completion").with(LEVIS)).getResponse()
                .getRedirectedUrl()).contains("done=completed");
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + project))
                .andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.support").value("3625.00")));
        // final: granting again is refused (project.completed-final), shown in the summary
        String again = html(post("/ele/projects/" + project + "/support").with(LEVIS).param("support", "3000"));
        assertThat(again).contains("role=\"alert\"").contains("définitiv");

        // a correction needs a reason
        String noReason = html(post("/ele/projects/" + project + "/edit").with(LEVIS).param("title", "Groupes de couponnage")
                .param("territories", "LEVIS").param("participants.persons", "22").param("totalCost", "7905")
                .param("support", "3500"));
        assertThat(noReason).contains("id=\"reason-error\"");
        assertThat(page(post("/ele/projects/" + project + "/edit").with(LEVIS).param("title", "Groupes de couponnage")
                .param("territories", "LEVIS").param("participants.persons", "22").param("totalCost", "7905")
                .param("support", "3500").param("reason", "Facture révisée").param("practiceId", practice.toString()))
                .getResponse().getRedirectedUrl()).contains("done=corrected");
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + project))
                .andExpect(jsonPath("$.support").value("3500.00"))
                .andExpect(jsonPath("$.timeline.length()").value(4)));

        // the practice counts the project, by territory
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/practices/" + practice + "/uses"))
                .andExpect(jsonPath("$.projects").value(1))
                .andExpect(jsonPath("$.interventions").value(0))
                .andExpect(jsonPath("$.territories[0].territory").value("LEVIS"))
                .andExpect(jsonPath("$.territories[0].projects").value(1)));
        assertThat(html(get("/practices/" + practice))).contains("data-uses=\"projects\"");

        // evaluators read without forms; they cannot write; workers have no access
        String read = html(get("/ele/projects/" + project).with(TestUsers.evaluator()));
        assertThat(read).contains("Groupes de couponnage").doesNotContain("/support\"").doesNotContain("/edit\"");
        mvc.perform(post("/ele/projects/" + project + "/completion").with(TestUsers.evaluator()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ele/measures").with(TestUsers.worker("LEVIS"))).andExpect(status().isForbidden());
        mvc.perform(get("/ele/teams/new").with(TestUsers.evaluator())).andExpect(status().isForbidden());
    }

    @Test
    void aCancellationAsksForAReasonAndReturnsTheSupport() throws Exception {
        UUID measure = UUID.randomUUID();
        api("/api/v1/funding-measures", Map.of("id", measure, "name", "Mesure", "period",
                Map.of("firstYear", 2013, "lastYear", 2016), "envelope", 5000));
        UUID team = UUID.randomUUID();
        api("/api/v1/local-teams", Map.of("id", team, "name", "ÉLÉ de Bellechasse", "territory", "BELLECHASSE",
                "members", Map.of("workers", 1, "tenants", 1, "communityPartners", 0, "institutionalPartners", 0)));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/local-teams/" + team)).andExpect(status().isOk()));
        UUID project = UUID.randomUUID();
        api("/api/v1/funding-measures/" + measure + "/projects", Map.of("id", project, "localTeamId", team,
                "title", "Cuisines collectives", "territories", java.util.List.of("BELLECHASSE"), "totalCost", 4000));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + project)).andExpect(status().isOk()));
        page(post("/ele/projects/" + project + "/support").with(LEVIS).param("support", "4 000"));

        // the support beyond what remains of the envelope is refused on the field (another project holds 4 000 $)
        UUID other = UUID.randomUUID();
        api("/api/v1/funding-measures/" + measure + "/projects", Map.of("id", other, "localTeamId", team,
                "title", "Jardin", "territories", java.util.List.of("BELLECHASSE"), "totalCost", 3000));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/projects/" + other)).andExpect(status().isOk()));
        assertThat(html(post("/ele/projects/" + other + "/support").with(LEVIS).param("support", "2000")))
                .contains("id=\"support-error\"").contains("enveloppe");

        assertThat(html(get("/ele/projects/" + project + "/cancel").with(LEVIS))).contains("4\u00a0000\u00a0$");
        assertThat(html(post("/ele/projects/" + project + "/cancellation").with(LEVIS).param("reason", "")))
                .contains("id=\"reason-error\"");
        page(post("/ele/projects/" + project + "/cancellation").with(LEVIS).param("reason", "Plus de local"));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/funding-measures/" + measure))
                .andExpect(jsonPath("$.remaining").value("5000.00")));
        assertThat(html(get("/ele/measures/" + measure).with(LEVIS))).contains("data-status=\"CANCELLED\"");
    }

    @Test
    void theApiRefusesAProjectNamingAPracticeThatIsNotPublished() throws Exception {
        UUID measure = UUID.randomUUID();
        api("/api/v1/funding-measures", Map.of("id", measure, "name", "Mesure", "period",
                Map.of("firstYear", 2013, "lastYear", 2016), "envelope", 5000));
        UUID team = UUID.randomUUID();
        api("/api/v1/local-teams", Map.of("id", team, "name", "ÉLÉ", "territory", "LEVIS",
                "members", Map.of("workers", 1, "tenants", 1, "communityPartners", 0, "institutionalPartners", 0)));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/local-teams/" + team)).andExpect(status().isOk()));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/funding-measures/" + measure + "/projects")
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("localTeamId", team, "title", "X",
                                "territories", java.util.List.of("LEVIS"), "totalCost", 100,
                                "practiceId", UUID.randomUUID()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("practiceId"))
                .andExpect(jsonPath("$.errors[0].rule").value("practice.unknown"));
        mvc.perform(get("/api/v1/projects").param("measureId", measure.toString()))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    private UUID publishedPractice(String name) throws Exception {
        UUID id = UUID.randomUUID();
        api("/api/v1/practices", Map.of("id", id, "form", complete().toBuilder().name(name).build()));
        api("/api/v1/practices/" + id + "/submission", null);
        api("/api/v1/practices/" + id + "/publication", null);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/practices/" + id))
                .andExpect(jsonPath("$.status").value("PUBLISHED")));
        return id;
    }

    private void api(String path, Object body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        mvc.perform(request).andExpect(status().is2xxSuccessful());
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return html(request, 200);
    }

    private String html(MockHttpServletRequestBuilder request, int expected) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf())).andExpect(status().is(expected)).andReturn();
        result.getResponse().setCharacterEncoding("UTF-8");
        return result.getResponse().getContentAsString();
    }
}
