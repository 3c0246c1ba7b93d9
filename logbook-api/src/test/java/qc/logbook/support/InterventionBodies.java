package qc.logbook.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the intervention endpoints, as mutable maps a test can bend before posting. */
public final class InterventionBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InterventionBodies() {
    }

    /** An individual intervention in Lévis with notes and a tenant reference. */
    public static Map<String, Object> individual(UUID id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("date", "2024-03-01");
        body.put("workerId", "W-001");
        body.put("workerRole", "OUTREACH_WORKER");
        body.put("region", "CHAUDIERE_APPALACHES");
        body.put("territory", "LEVIS");
        body.put("housingOrganisation", "OMH de Lévis");
        body.put("tenure", "HLM_OMH");
        body.put("mode", "INDIVIDUAL");
        body.put("targetGroups", List.of("FAMILIES"));
        body.put("ageGroups", List.of("AGE_18_34"));
        body.put("durationMinutes", 45);
        body.put("supportCategories", List.of("INFORMATION_AND_REFERRAL"));
        body.put("notes", "Suivi après la rencontre du comité");
        body.put("tenantRef", "T-123");
        return body;
    }

    /** A collective intervention in Lévis, without a tenant reference. */
    public static Map<String, Object> collective(UUID id) {
        Map<String, Object> body = individual(id);
        body.put("mode", "COLLECTIVE");
        body.remove("tenantRef");
        body.put("targetGroups", List.of("ALL_TENANTS"));
        body.put("supportCategories", List.of("COLLECTIVE_LIFE"));
        return body;
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
