package qc.logbook.replay;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.InterventionBodies;

/** Writes interventions through the REST API for the replay, audit and export tests. */
final class Interventions {

    static final ObjectMapper JSON = new ObjectMapper();

    private Interventions() {
    }

    /** The shared individual intervention, on that day, in Bellechasse, by a worker and for a tenant of its own. */
    static Map<String, Object> individual(UUID id, LocalDate date) {
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("date", date.toString());
        body.put("workerId", "W-" + id.toString().substring(0, 8));
        body.put("territory", "BELLECHASSE");
        body.put("housingOrganisation", "OMH de Bellechasse");
        body.put("durationMinutes", 30);
        body.put("notes", "Note confidentielle " + id);
        body.put("tenantRef", "T-" + id.toString().substring(0, 8));
        return body;
    }

    static ResultActions post(MockMvc mvc, String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    /** Records an individual intervention with a referral and its outcome (three events). */
    static UUID recordWithReferral(MockMvc mvc, LocalDate date) throws Exception {
        UUID id = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        post(mvc, "/api/v1/interventions", individual(id, date)).andExpect(status().isCreated());
        post(mvc, "/api/v1/interventions/" + id + "/referrals", Map.of("referralId", referral.toString(),
                "sector", "HEALTH_AND_SOCIAL_SERVICES", "need", "MENTAL_HEALTH", "accompanied", true))
                .andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/interventions/" + id + "/referrals/" + referral + "/outcome")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("outcome", "COMPLETED", "observedOn", date.toString()))))
                .andExpect(status().isNoContent());
        return id;
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
