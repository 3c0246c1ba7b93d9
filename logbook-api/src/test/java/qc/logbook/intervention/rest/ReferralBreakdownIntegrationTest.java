package qc.logbook.intervention.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * Posts 800 interventions whose distribution mirrors the seed's journal de bord (85 % HLM, 7 % OBNL, 4 % co-ops, 80 %
 * youth and families, 55 % individual, one individual intervention in five referred…), plus cancelled and corrected
 * ones that must not change the figures, then checks every figure of the breakdown exactly. The data set lives in
 * 2014 in Les Appalaches, which no other test uses.
 */
@LogbookIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralBreakdownIntegrationTest {

    private static final String TERRITORY = "LES-APPALACHES";
    private static final int N = 800;

    @Autowired
    MockMvc mvc;

    private final List<LocalDate> dates = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    @BeforeAll
    void postTheDataSet() throws Exception {
        int referralIndex = 0;
        for (int i = 0; i < N; i++) {
            UUID id = UUID.randomUUID();
            boolean individual = i < 440;
            String tenure = tenure(i);
            Map<String, Object> body = individual ? InterventionBodies.individual(id) : InterventionBodies.collective(id);
            LocalDate date = LocalDate.of(2014, 1, 1).plusDays(i % 365);
            String role = i % 4 == 0 ? "OUTREACH_WORKER" : "HEALTH_NETWORK_PROFESSIONAL";
            dates.add(date);
            roles.add(role);
            body.put("date", date.toString());
            body.put("workerRole", role);
            body.put("territory", TERRITORY);
            body.put("targetGroups", List.of(i % 5 != 4 ? "FAMILIES" : "SENIORS"));
            body.put("ageGroups", List.of(i % 4 != 3 ? "AGE_18_34" : "AGE_65_PLUS"));
            boolean correctedLater = tenure.equals("OBNL") && i < 100;
            body.put("tenure", correctedLater ? "OUTSIDE_HOUSING" : tenure);
            post("/api/v1/interventions", body).andExpect(status().isCreated());
            if (correctedLater) {
                Map<String, Object> corrected = new java.util.LinkedHashMap<>(body);
                corrected.put("tenure", "OBNL");
                post("/api/v1/interventions/" + id + "/corrections",
                        Map.of("reason", "Tenure mal inscrite", "details", corrected))
                        .andExpect(status().isNoContent());
            }
            if (individual && i < 88) {
                int referrals = i < 12 ? 2 : 1;
                for (int k = 0; k < referrals; k++, referralIndex++) {
                    UUID referralId = UUID.randomUUID();
                    post("/api/v1/interventions/" + id + "/referrals", Map.of("referralId", referralId.toString(),
                            "sector", sector(referralIndex), "need", need(referralIndex)))
                            .andExpect(status().isCreated());
                    if (referralIndex < 40) {
                        mvc.perform(MockMvcRequestBuilders
                                        .put("/api/v1/interventions/" + id + "/referrals/" + referralId + "/outcome")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(json(Map.of("outcome", referralIndex < 30 ? "COMPLETED" : "DECLINED",
                                                "observedOn", date.toString()))))
                                .andExpect(status().isNoContent());
                    }
                }
            }
            if (!individual) {
                int j = i - 440;
                String kind = j < 238 ? "GROUP_PROJECT" : j < 292 ? "TENANT_ASSOCIATION" : j < 328 ? "COMMITTEE" : null;
                if (kind != null) {
                    support(id, kind);
                }
                if (j < 10) {
                    support(id, "COMMITTEE");
                }
            }
        }
        // Cancelled interventions count nowhere.
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            Map<String, Object> body = InterventionBodies.individual(id);
            body.put("date", "2014-06-01");
            body.put("territory", TERRITORY);
            body.put("tenure", "COOP");
            post("/api/v1/interventions", body).andExpect(status().isCreated());
            post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "OTHER", "need", "OTHER"))
                    .andExpect(status().isCreated());
            post("/api/v1/interventions/" + id + "/cancellation", Map.of("reason", "Inscrite deux fois"))
                    .andExpect(status().isNoContent());
        }
        eventually().untilAsserted(() -> breakdown(Map.of())
                .andExpect(jsonPath("$.interventions").value(N))
                .andExpect(jsonPath("$.referrals").value(100))
                .andExpect(jsonPath("$.byTenure[?(@.code=='OBNL')].count").value(56))
                .andExpect(jsonPath("$.collectiveByKind[?(@.code=='COMMITTEE')].count").value(46))
                .andExpect(jsonPath("$.referralOutcomes[?(@.code=='DECLINED')].count").value(10)));
    }

    @Test
    void sharesOfInterventionsByTenureAudienceAndMode() throws Exception {
        breakdown(Map.of())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interventions").value(800))
                .andExpect(share("byTenure", "HLM_OMH", 680, 85.0))
                .andExpect(share("byTenure", "OBNL", 56, 7.0))
                .andExpect(share("byTenure", "COOP", 32, 4.0))
                .andExpect(share("byTenure", "OUTSIDE_HOUSING", 32, 4.0))
                .andExpect(jsonPath("$.youthAndFamilies.count").value(640))
                .andExpect(jsonPath("$.youthAndFamilies.percent").value(80.0))
                .andExpect(jsonPath("$.under35.count").value(600))
                .andExpect(jsonPath("$.under35.percent").value(75.0))
                .andExpect(share("byMode", "INDIVIDUAL", 440, 55.0))
                .andExpect(share("byMode", "COLLECTIVE", 360, 45.0))
                .andExpect(jsonPath("$.byTenure[0].labelFr").value("HLM (office municipal d'habitation)"))
                .andExpect(jsonPath("$.byTenure[0].labelEn").value("Public housing (municipal housing office)"));
    }

    @Test
    void oneIndividualInterventionInFiveIsReferred() throws Exception {
        breakdown(Map.of())
                .andExpect(jsonPath("$.individualInterventions").value(440))
                .andExpect(jsonPath("$.individualWithReferral.count").value(88))
                .andExpect(jsonPath("$.individualWithReferral.percent").value(20.0));
    }

    @Test
    void referralsBySectorAndNeedWithinTheSector() throws Exception {
        breakdown(Map.of())
                .andExpect(jsonPath("$.referrals").value(100))
                .andExpect(sector("HEALTH_AND_SOCIAL_SERVICES", 46, 46.0))
                .andExpect(need("HEALTH_AND_SOCIAL_SERVICES", "MENTAL_HEALTH", 14, 30.4))
                .andExpect(need("HEALTH_AND_SOCIAL_SERVICES", "SENIORS_LOSING_AUTONOMY", 9, 19.6))
                .andExpect(need("HEALTH_AND_SOCIAL_SERVICES", "PHYSICAL_HEALTH", 23, 50.0))
                .andExpect(sector("COMMUNITY_ORGANISATION", 35, 35.0))
                .andExpect(need("COMMUNITY_ORGANISATION", "FOOD_AID", 12, 34.3))
                .andExpect(need("COMMUNITY_ORGANISATION", "BUDGET_HELP", 6, 17.1))
                .andExpect(need("COMMUNITY_ORGANISATION", "HOUSING", 17, 48.6))
                .andExpect(sector("MUNICIPAL", 11, 11.0))
                .andExpect(need("MUNICIPAL", "TRANSPORT", 11, 100.0))
                .andExpect(sector("OTHER", 8, 8.0))
                .andExpect(need("OTHER", "EMPLOYMENT", 8, 100.0))
                .andExpect(jsonPath("$.referralsBySector[?(@.code=='OTHER')].needs.length()").value(1))
                .andExpect(share("referralOutcomes", "COMPLETED", 30, 30.0))
                .andExpect(share("referralOutcomes", "DECLINED", 10, 10.0))
                .andExpect(share("referralOutcomes", "NOT_RECORDED", 60, 60.0));
    }

    @Test
    void collectiveInterventionsByKind() throws Exception {
        breakdown(Map.of())
                .andExpect(jsonPath("$.collectiveInterventions").value(360))
                .andExpect(share("collectiveByKind", "GROUP_PROJECT", 238, 66.1))
                .andExpect(share("collectiveByKind", "TENANT_ASSOCIATION", 54, 15.0))
                .andExpect(share("collectiveByKind", "COMMITTEE", 46, 12.8))
                .andExpect(share("collectiveByKind", "OTHER", 0, 0.0));
    }

    @Test
    void filtersByPeriodAndWorkerRole() throws Exception {
        long january = dates.stream().filter(d -> d.getMonthValue() == 1).count();
        breakdown(Map.of("from", "2014-01-01", "to", "2014-01-31"))
                .andExpect(jsonPath("$.interventions").value(january));
        long outreach = roles.stream().filter("OUTREACH_WORKER"::equals).count();
        breakdown(Map.of("workerRole", "OUTREACH_WORKER"))
                .andExpect(jsonPath("$.interventions").value(outreach))
                .andExpect(jsonPath("$.interventions").value(200));
        mvc.perform(get("/api/v1/stats/referrals").param("territory", "BEAUCE-SARTIGAN")
                        .param("from", "2014-01-01").param("to", "2014-12-31"))
                .andExpect(jsonPath("$.interventions").value(0));
    }

    @Test
    void anInvertedPeriodOrAnUnknownRoleIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/stats/referrals").param("from", "2014-02-01").param("to", "2014-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/stats/referrals").param("workerRole", "ASTRONAUT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerRole"));
    }

    private static String tenure(int i) {
        int r = i % 100;
        return r < 85 ? "HLM_OMH" : r < 92 ? "OBNL" : r < 96 ? "COOP" : "OUTSIDE_HOUSING";
    }

    private static String sector(int r) {
        return r < 46 ? "HEALTH_AND_SOCIAL_SERVICES" : r < 81 ? "COMMUNITY_ORGANISATION" : r < 92 ? "MUNICIPAL" : "OTHER";
    }

    private static String need(int r) {
        if (r < 46) {
            return r < 14 ? "MENTAL_HEALTH" : r < 23 ? "SENIORS_LOSING_AUTONOMY" : "PHYSICAL_HEALTH";
        }
        if (r < 81) {
            return r < 58 ? "FOOD_AID" : r < 64 ? "BUDGET_HELP" : "HOUSING";
        }
        return r < 92 ? "TRANSPORT" : "EMPLOYMENT";
    }

    private void support(UUID id, String kind) throws Exception {
        post("/api/v1/interventions/" + id + "/collective-supports", Map.of("actionKind", kind,
                "supportKind", "FACILITATION")).andExpect(status().isCreated());
    }

    private ResultActions breakdown(Map<String, String> params) throws Exception {
        var request = get("/api/v1/stats/referrals").param("territory", TERRITORY)
                .param("from", params.getOrDefault("from", "2014-01-01"))
                .param("to", params.getOrDefault("to", "2014-12-31"));
        if (params.containsKey("workerRole")) {
            request.param("workerRole", params.get("workerRole"));
        }
        return mvc.perform(request);
    }

    private static org.springframework.test.web.servlet.ResultMatcher share(String list, String code, int count,
                                                                          double percent) {
        return result -> {
            jsonPath("$." + list + "[?(@.code=='" + code + "')].count").value(count).match(result);
            jsonPath("$." + list + "[?(@.code=='" + code + "')].percent").value(percent).match(result);
        };
    }

    private static org.springframework.test.web.servlet.ResultMatcher sector(String code, int count, double percent) {
        return share("referralsBySector", code, count, percent);
    }

    private static org.springframework.test.web.servlet.ResultMatcher need(String sector, String need, int count,
                                                                         double percent) {
        return result -> {
            String path = "$.referralsBySector[?(@.code=='" + sector + "')].needs[?(@.code=='" + need + "')]";
            MockMvcResultMatchers.jsonPath(path + ".count").value(count).match(result);
            MockMvcResultMatchers.jsonPath(path + ".percent").value(percent).match(result);
        };
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)));
    }
}
