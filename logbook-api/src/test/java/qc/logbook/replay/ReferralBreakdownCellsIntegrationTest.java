package qc.logbook.replay;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static qc.logbook.support.Projections.eventually;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * The breakdown read from pre-aggregated cells is exact over whole years, whole months and partial months (a few days
 * of a month, or most of it: its totals less the days left out), with
 * corrections moving an intervention to another month and cancellations (the year 2000 is this test's own).
 */
@LogbookIntegrationTest
class ReferralBreakdownCellsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void sumsCellsExactlyOverAnyPeriod() throws Exception {
        UUID a = record("2000-05-20", "INDIVIDUAL", "HEALTH_NETWORK_PROFESSIONAL");
        Interventions.post(mvc, "/api/v1/interventions/" + a + "/referrals", Map.of("sector",
                "HEALTH_AND_SOCIAL_SERVICES", "need", "MENTAL_HEALTH"));
        UUID b = record("2000-06-10", "COLLECTIVE", "OUTREACH_WORKER");
        Interventions.post(mvc, "/api/v1/interventions/" + b + "/collective-supports", Map.of(
                "actionKind", "TENANT_ASSOCIATION", "supportKind", "MOBILISATION"));
        UUID c = record("2000-05-31", "INDIVIDUAL", "OUTREACH_WORKER");
        Map<String, Object> moved = body(c, "2000-07-02", "INDIVIDUAL", "OUTREACH_WORKER");
        Interventions.post(mvc, "/api/v1/interventions/" + c + "/corrections", Map.of("reason", "Date",
                "details", moved));
        UUID d = record("2000-06-15", "INDIVIDUAL", "OUTREACH_WORKER");
        Interventions.post(mvc, "/api/v1/interventions/" + d + "/cancellation", Map.of("reason", "Doublon"));

        // the year's figures are the same before and after the correction (it moves an intervention within the
        // year): the wait is over once the moved intervention shows in its new month too
        eventually().untilAsserted(() -> {
            stats("2000-01-01", "2000-12-31")
                    .andExpect(jsonPath("$.interventions").value(3))
                    .andExpect(jsonPath("$.individualInterventions").value(2))
                    .andExpect(jsonPath("$.individualWithReferral.count").value(1))
                    .andExpect(jsonPath("$.collectiveInterventions").value(1))
                    .andExpect(jsonPath("$.referrals").value(1));
            stats("2000-07-01", "2000-07-31").andExpect(jsonPath("$.interventions").value(1));
        });
        stats("2000-05-01", "2000-05-31").andExpect(jsonPath("$.interventions").value(1))
                .andExpect(jsonPath("$.referrals").value(1));
        stats("2000-05-20", "2000-06-30").andExpect(jsonPath("$.interventions").value(2))
                .andExpect(jsonPath("$.collectiveByKind[?(@.code == 'TENANT_ASSOCIATION')].count").value(1));
        stats("2000-05-21", "2000-06-09").andExpect(jsonPath("$.interventions").value(0));
        stats("2000-07-02", "2000-07-02").andExpect(jsonPath("$.interventions").value(1));
        // most of a month: its totals less the days left out (May 1 has nothing; June 10 holds b)
        stats("2000-05-02", "2000-05-31").andExpect(jsonPath("$.interventions").value(1))
                .andExpect(jsonPath("$.referrals").value(1));
        stats("2000-06-11", "2000-07-31").andExpect(jsonPath("$.interventions").value(1))
                .andExpect(jsonPath("$.collectiveInterventions").value(0));
        stats("2000-06-10", "2000-07-31").andExpect(jsonPath("$.interventions").value(2))
                .andExpect(jsonPath("$.collectiveByKind[?(@.code == 'TENANT_ASSOCIATION')].count").value(1));
        stats("2000-05-20", "2000-06-29").andExpect(jsonPath("$.interventions").value(2))
                .andExpect(jsonPath("$.individualWithReferral.count").value(1));
        mvc.perform(get("/api/v1/stats/referrals").param("from", "2000-01-01").param("to", "2000-12-31")
                        .param("workerRole", "HEALTH_NETWORK_PROFESSIONAL"))
                .andExpect(jsonPath("$.interventions").value(1));
        mvc.perform(get("/api/v1/stats/referrals").param("from", "2000-01-01").param("to", "2000-12-31")
                        .param("territory", "LEVIS"))
                .andExpect(jsonPath("$.interventions").value(0));
        mvc.perform(get("/api/v1/stats/referrals").param("from", "2000-01-01").param("to", "2000-12-31")
                        .param("region", "CHAUDIERE_APPALACHES").param("territory", "ROBERT-CLICHE"))
                .andExpect(jsonPath("$.interventions").value(3));
        // without a period: the all-time cells, which include this test's year
        mvc.perform(get("/api/v1/stats/referrals").param("territory", "ROBERT-CLICHE")
                        .param("workerRole", "HEALTH_NETWORK_PROFESSIONAL"))
                .andExpect(jsonPath("$.interventions").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        String allTime = mvc.perform(get("/api/v1/stats/referrals")).andReturn().getResponse().getContentAsString();
        String byYears = mvc.perform(get("/api/v1/stats/referrals").param("from", "2000-01-01")
                .param("to", java.time.LocalDate.now().getYear() + 1 + "-12-31")).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(allTime).isEqualTo(byYears);
    }

    private ResultActions stats(String from, String to) throws Exception {
        return mvc.perform(get("/api/v1/stats/referrals").param("from", from).param("to", to));
    }

    private UUID record(String date, String mode, String role) throws Exception {
        UUID id = UUID.randomUUID();
        Interventions.post(mvc, "/api/v1/interventions", body(id, date, mode, role));
        return id;
    }

    private static Map<String, Object> body(UUID id, String date, String mode, String role) {
        Map<String, Object> body = Interventions.individual(id, LocalDate.parse(date));
        body.put("territory", "ROBERT-CLICHE");
        body.put("workerRole", role);
        body.put("mode", mode);
        if (mode.equals("COLLECTIVE")) {
            body.remove("tenantRef");
            body.put("targetGroups", List.of("ALL_TENANTS"));
        }
        return body;
    }
}
