package qc.logbook.privacy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.Projections.eventually;

import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.TenantRef;
import qc.logbook.intervention.query.InterventionDetailsProjection;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * An erasure asked for right after an intervention was recorded, before the read models saw it (a projection lags by
 * a moment, or a processor is down): the erasure still names the intervention, so its live view is scrubbed like a
 * rebuilt one instead of keeping the tenant's notes in clear.
 */
@LogbookIntegrationTest
class ErasureAheadOfTheReadModelsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void forgettingATenantWhoseInterventionNoReadModelShowsYetStillScrubsIt() throws Exception {
        UUID id = UUID.randomUUID();
        String tenant = "T-AHEAD-" + id.toString().substring(0, 8);
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("tenantRef", tenant);
        body.put("notes", "Inquiétudes " + id);
        StreamingEventProcessor details = processing.eventProcessor(InterventionDetailsProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();

        details.shutDown();
        try {
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                            .content(InterventionBodies.json(body)))
                    .andExpect(status().isCreated());
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/admin/tenants/forget").with(TestUsers.admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(InterventionBodies.json(Map.of("tenantRef", tenant, "reason", "Demande"))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.interventionsScrubbed").value(1));
        } finally {
            details.start();
        }

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.notes").value(InterventionDetails.ERASED_NOTES))
                .andExpect(jsonPath("$.details.tenant").value(TenantRef.ERASED.value()))
                .andExpect(jsonPath("$.timeline[-1:].type").value("TenantForgottenEvent")));
    }
}
