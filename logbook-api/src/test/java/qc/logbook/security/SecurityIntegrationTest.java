package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** For each role, one allowed and one refused request on every endpoint family, and territory scoping on each. */
@LogbookIntegrationTest
class SecurityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void anonymousRequestsGetA401ProblemExceptHealthAndReferenceData() throws Exception {
        mvc.perform(get("/api/v1/interventions").with(anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"logbook\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.errors[0].rule").value("authentication.required"));
        mvc.perform(get("/actuator/health").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reference").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(anonymous())).andExpect(status().isUnauthorized());
    }

    @Test
    void requestsAreObservedAsAWholeNotFilterByFilter() throws Exception {
        assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
                .as("Spring Security's filters are not wrapped in observations")
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
        Queue<String> started = new ConcurrentLinkedQueue<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        observations.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
            @Override
            public void onStart(Observation.Context context) {
                if (recording.get()) {
                    started.add(context.getName());
                }
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        try {
            mvc.perform(get("/api/v1/reference").with(TestUsers.worker("LEVIS"))).andExpect(status().isOk());
        } finally {
            recording.set(false);
        }
        assertThat(started).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void actuatorEndpointsOtherThanHealthAreForAdmins() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(TestUsers.admin())).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(TestUsers.coordinator("LEVIS")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("role.insufficient"));
    }

    @Test
    void aWorkerRecordsInTheirTerritoryOnly() throws Exception {
        post("/api/v1/interventions", body(UUID.randomUUID(), "LEVIS"), TestUsers.worker("LEVIS"))
                .andExpect(status().isCreated());
        UUID elsewhere = UUID.randomUUID();
        post("/api/v1/interventions", body(elsewhere, "MONTMAGNY"), TestUsers.worker("LEVIS"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("territory"))
                .andExpect(jsonPath("$.errors[0].rule").value("territory.out-of-scope"));
        mvc.perform(get("/api/v1/interventions/" + elsewhere)).andExpect(status().isNotFound());
    }

    @Test
    void aWorkerCannotReadOrChangeAnotherTerritorysIntervention() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", body(id, "MONTMAGNY"), TestUsers.worker("MONTMAGNY"))
                .andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id)
                .with(TestUsers.worker("MONTMAGNY"))).andExpect(status().isOk()));

        mvc.perform(get("/api/v1/interventions/" + id).with(TestUsers.worker("LEVIS")))
                .andExpect(status().isNotFound());
        post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING"),
                TestUsers.worker("LEVIS"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("territory.out-of-scope"));
        post("/api/v1/interventions/" + id + "/cancellation", Map.of("reason", "Pas à moi"), TestUsers.worker("LEVIS"))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsAndStatisticsCountOnlyTheUsersTerritories() throws Exception {
        String date = "2012-07-01";
        for (String territory : List.of("LOTBINIERE", "LOTBINIERE", "LES-ETCHEMINS")) {
            Map<String, Object> body = body(UUID.randomUUID(), territory);
            body.put("date", date);
            post("/api/v1/interventions", body, TestUsers.superUser()).andExpect(status().isCreated());
        }
        eventually().untilAsserted(() -> stats(date, null, TestUsers.superUser())
                .andExpect(jsonPath("$.interventions").value(3)));

        stats(date, null, TestUsers.worker("LOTBINIERE")).andExpect(jsonPath("$.interventions").value(2));
        stats(date, "LES-ETCHEMINS", TestUsers.worker("LOTBINIERE")).andExpect(jsonPath("$.interventions").value(0));
        stats(date, "LES-ETCHEMINS", TestUsers.coordinator("LES-ETCHEMINS", "LOTBINIERE"))
                .andExpect(jsonPath("$.interventions").value(1));
        // The list is another read model (another processing group) than the statistics awaited above.
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions").param("from", date)
                        .param("to", date).with(TestUsers.worker("LOTBINIERE")))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[*].details.territory", everyItem(is("LOTBINIERE")))));
        mvc.perform(get("/api/v1/interventions").param("from", date).param("to", date)
                        .param("territory", "LES-ETCHEMINS").with(TestUsers.worker("LOTBINIERE")))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void evaluatorsReadStatisticsWithSmallCellsSuppressedButNoIntervention() throws Exception {
        String date = "2011-03-01";
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = body(UUID.randomUUID(), "MONTMAGNY");
            body.put("date", date);
            body.put("tenure", i < 6 ? "HLM_OMH" : "COOP");
            post("/api/v1/interventions", body, TestUsers.superUser()).andExpect(status().isCreated());
        }
        eventually().untilAsserted(() -> stats(date, "MONTMAGNY", TestUsers.superUser())
                .andExpect(jsonPath("$.interventions").value(7)));

        stats(date, "MONTMAGNY", TestUsers.evaluator())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interventions").value(7))
                .andExpect(jsonPath("$.byTenure[?(@.code=='COOP')].count").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.byTenure[?(@.code=='COOP')].suppressed").value(true))
                // 7 − 6 would give the co-op's single intervention away: the HLM cell is hidden as its complement
                .andExpect(jsonPath("$.byTenure[?(@.code=='HLM_OMH')].count").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.byTenure[?(@.code=='HLM_OMH')].complementary").value(true))
                .andExpect(jsonPath("$.byTenure[?(@.code=='OBNL')].count").value(0));
        String csv = mvc.perform(get("/api/v1/exports/referral-breakdown.csv").param("from", date).param("to", date)
                        .param("territory", "MONTMAGNY").with(TestUsers.evaluator()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).anyMatch(line -> line.contains(";HLM_OMH;") && line.contains(";x;;"))
                .anyMatch(line -> line.contains(";COOP;") && line.contains(";x;;"))
                .anyMatch(line -> line.contains(";OBNL;") && line.contains(";0;0,0;"))
                .anyMatch(line -> line.contains(";INTERVENTIONS;") && line.contains(";7;"));
        stats(date, "MONTMAGNY", TestUsers.coordinator("MONTMAGNY"))
                .andExpect(jsonPath("$.byTenure[?(@.code=='COOP')].count").value(1));
        mvc.perform(get("/api/v1/interventions").with(TestUsers.evaluator())).andExpect(status().isForbidden());
        post("/api/v1/interventions", body(UUID.randomUUID(), "MONTMAGNY"), TestUsers.evaluator())
                .andExpect(status().isForbidden());
    }

    @Test
    void adminsEraseButDoNotReadInterventionsNorStatistics() throws Exception {
        post("/api/v1/admin/tenants/forget", Map.of("tenantRef", "T-NOBODY", "reason", "Test"),
                TestUsers.admin())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].rule").value("tenant.unknown"));
        post("/api/v1/admin/tenants/forget", Map.of("tenantRef", "T-1", "reason", "Test"), TestUsers.worker("LEVIS"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/tenant-access-log").with(TestUsers.admin())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/tenant-access-log").with(TestUsers.evaluator()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/interventions").with(TestUsers.admin())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/referrals").with(TestUsers.admin())).andExpect(status().isForbidden());
    }

    @Test
    void adminsListConfiguredUsersWithoutTheirPasswords() throws Exception {
        mvc.perform(get("/api/v1/admin/users").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username=='admin')].roles[0]").value("ADMIN"))
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist())
                .andExpect(jsonPath("$[0].password").doesNotExist());
    }

    @Test
    void coordinatorsWorkInTheirTerritories() throws Exception {
        post("/api/v1/interventions", body(UUID.randomUUID(), "BELLECHASSE"), TestUsers.coordinator("BELLECHASSE"))
                .andExpect(status().isCreated());
        post("/api/v1/interventions", body(UUID.randomUUID(), "LEVIS"), TestUsers.coordinator("BELLECHASSE"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/tenant-access-log").with(TestUsers.coordinator("BELLECHASSE")))
                .andExpect(status().isForbidden());
    }

    static Map<String, Object> body(UUID id, String territory) {
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("territory", territory);
        body.remove("workerId"); // the signed-in user records as themselves
        body.remove("notes");
        body.remove("tenantRef");
        return body;
    }

    private ResultActions stats(String date, String territory, RequestPostProcessor user) throws Exception {
        var request = get("/api/v1/stats/referrals").param("from", date).param("to", date).with(user);
        if (territory != null) {
            request.param("territory", territory);
        }
        return mvc.perform(request);
    }

    private ResultActions post(String path, Object body, RequestPostProcessor user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)).with(user));
    }
}
