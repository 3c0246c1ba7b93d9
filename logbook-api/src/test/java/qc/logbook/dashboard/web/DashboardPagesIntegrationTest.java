package qc.logbook.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
