package qc.logbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/** A full scenario, refusals included, leaves no note and no tenant reference in the log output. */
@LogbookIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void logsNeverContainNotesOrTenantReferences(CapturedOutput output) throws Exception {
        String tenant = "T-LOG-" + UUID.randomUUID().toString().substring(0, 8);
        String notes = "Confidentiel-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","date":"2009-09-09","workerId":"W-LOG","workerRole":"OUTREACH_WORKER",
                 "region":"CHAUDIERE_APPALACHES","territory":"LEVIS","housingOrganisation":"OMH de Lévis",
                 "tenure":"HLM_OMH","mode":"INDIVIDUAL","targetGroups":["YOUTH"],"durationMinutes":20,
                 "supportCategories":["HELPING_RELATIONSHIP"],"notes":"%s","tenantRef":"%s"}"""
                .formatted(id, notes, tenant);
        post("/api/v1/interventions", body).andExpect(status().isCreated());
        // The same id with other details, oversize notes, a bad enum: refusals must not echo the values either.
        post("/api/v1/interventions", body.replace("\"durationMinutes\":20", "\"durationMinutes\":25"))
                .andExpect(status().isConflict());
        post("/api/v1/interventions", body.replace(notes, notes.repeat(100)).replace(id.toString(),
                UUID.randomUUID().toString())).andExpect(status().isBadRequest());
        post("/api/v1/interventions", body.replace("\"tenantRef\":\"" + tenant + "\"",
                "\"tenantRef\":\"" + tenant + " bad\"")).andExpect(status().isBadRequest());
        post("/api/v1/interventions/" + id + "/referrals", "{\"sector\":\"HEALTH_AND_SOCIAL_SERVICES\","
                + "\"need\":\"MENTAL_HEALTH\"}").andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(status().isOk()));
        mvc.perform(get("/api/v1/interventions").param("tenantRef", tenant)).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/tenants/forget").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tenantRef\":\"" + tenant + "\",\"reason\":\"Demande\"}"))
                .andExpect(status().isOk());

        // The capture does see the application's log lines.
        org.slf4j.LoggerFactory.getLogger(LogPrivacyIntegrationTest.class).warn("log-capture-sentinel");
        assertThat(output.getAll()).contains("log-capture-sentinel");
        assertThat(output.getAll()).doesNotContain(tenant).doesNotContain(notes).doesNotContain("Confidentiel-");
    }

    private org.springframework.test.web.servlet.ResultActions post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
