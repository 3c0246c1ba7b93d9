package qc.logbook.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** Who may open the tableau de bord, and what its CSV download is made of. */
@LogbookIntegrationTest
class DashboardPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void workersCoordinatorsAndEvaluatorsOpenTheDashboardAdminsDoNot() throws Exception {
        mvc.perform(get("/dashboard").with(TestUsers.worker("LEVIS"))).andExpect(status().isOk());
        mvc.perform(get("/dashboard/bilan").with(TestUsers.coordinator("LEVIS"))).andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(TestUsers.evaluator())).andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(TestUsers.admin())).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard.csv").with(TestUsers.admin())).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(anonymous())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCsvStartsWithAByteOrderMarkSoSpreadsheetsReadTheAccents() throws Exception {
        byte[] csv = mvc.perform(get("/dashboard.csv").param("from", "2031-01-01").param("to", "2031-12-31")
                        .with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Coopérative d'habitation");
    }

    @Test
    void anEvaluatorsMonthsHideTheirSmallCountsInThePageAndTheCsvAlike() throws Exception {
        // a territory and a period of this test alone: one intervention in September, one in October, six in December
        for (String date : new String[] {"2000-09-12", "2000-10-03", "2000-12-01", "2000-12-02", "2000-12-05",
                "2000-12-08", "2000-12-09", "2000-12-20"}) {
            Map<String, Object> body = InterventionBodies.individual(UUID.randomUUID());
            body.put("date", date);
            body.put("territory", "LA-NOUVELLE-BEAUCE");
            mvc.perform(post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                    .content(InterventionBodies.json(body))).andExpect(status().isCreated());
        }
        String period = "from=2000-09-01&to=2000-12-31&territory=LA-NOUVELLE-BEAUCE";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(csv(period, TestUsers.coordinator("LA-NOUVELLE-BEAUCE")))
                        .contains("2000-12;décembre 2000;December 2000;6;75,0;interventions"));

        String csv = csv(period, TestUsers.evaluator());
        assertThat(csv).contains("2000-09;septembre 2000;September 2000;x;;interventions")
                .contains("2000-10;octobre 2000;October 2000;x;;interventions")
                .contains("2000-11;novembre 2000;November 2000;0;0,0;interventions")
                .contains("2000-12;décembre 2000;December 2000;6;75,0;interventions");
        String html = mvc.perform(get("/dashboard?" + period).with(TestUsers.evaluator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String months = html.substring(html.indexOf("id=\"byMonth\""), html.indexOf("</table>",
                html.indexOf("id=\"byMonth\"")));
        assertThat(months).contains("data-figure=\"byMonth/2000-09\"").contains("septembre 2000")
                .doesNotContain("12,5").doesNotContain(">1<");
        assertThat(months.split("hidden-cell")).hasSize(5);
    }

    private String csv(String query, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        return mvc.perform(get("/dashboard.csv?" + query).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCsvOfAnInvertedPeriodIsRefusedWithItsReason() throws Exception {
        String reason = mvc.perform(get("/dashboard.csv").param("from", "2025-02-01").param("to", "2025-01-01")
                        .with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reason).contains("Le début de la période suit sa fin");
    }

    @Test
    void anInvertedPeriodIsShownOnItsFieldWithNoFigures() throws Exception {
        String html = mvc.perform(get("/dashboard").param("from", "2025-02-01").param("to", "2025-01-01")
                        .with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"from-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"2025-02-01\"").doesNotContain("class=\"bars\"");
    }
}
