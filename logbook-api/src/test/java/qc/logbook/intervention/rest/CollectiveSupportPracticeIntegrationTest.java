package qc.logbook.intervention.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.practice.command.PracticeForms.complete;
import static qc.logbook.support.InterventionBodies.collective;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * A collective support may name the published practice of the repository it applies: the edge checks that the
 * practice is published (the aggregate knows no practices); a draft, a retired practice or an unknown id is refused
 * with {@code practice.unknown} on {@code practiceId}, and nothing is recorded.
 */
@LogbookIntegrationTest
class CollectiveSupportPracticeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSupportNamesAPublishedPracticeAndOnlyAPublishedOne() throws Exception {
        UUID published = practice("Jardin collectif appliqué", true);
        UUID draft = practice("Brouillon jamais publié", false);
        UUID intervention = UUID.randomUUID();
        post("/api/v1/interventions", collective(intervention)).andExpect(status().isCreated());
        // the detail projection may lag the publication: the edge reads it
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/practices/" + published))
                .andExpect(jsonPath("$.status").value("PUBLISHED")));

        for (UUID refused : new UUID[] {draft, UUID.randomUUID()}) {
            post("/api/v1/interventions/" + intervention + "/collective-supports", Map.of("actionKind",
                    "GROUP_PROJECT", "supportKind", "FACILITATION", "practiceId", refused.toString()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("practiceId"))
                    .andExpect(jsonPath("$.errors[0].rule").value("practice.unknown"))
                    .andExpect(jsonPath("$.errors[0].message_fr").value(
                            "Aucune pratique publiée du répertoire ne porte cet identifiant."));
        }

        post("/api/v1/interventions/" + intervention + "/collective-supports", Map.of("actionKind",
                "GROUP_PROJECT", "supportKind", "FACILITATION", "practiceId", published.toString()))
                .andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + intervention))
                .andExpect(jsonPath("$.collectiveSupports.length()").value(1))
                .andExpect(jsonPath("$.collectiveSupports[0].practiceId").value(published.toString())));

        // the practice counts it, by territory; a second support naming it on the same intervention counts once,
        // and a cancelled intervention no longer applies it
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/practices/" + published + "/uses"))
                .andExpect(jsonPath("$.interventions").value(1))
                .andExpect(jsonPath("$.territories[0].territory").value("LEVIS"))
                .andExpect(jsonPath("$.territories[0].interventions").value(1)));
        post("/api/v1/interventions/" + intervention + "/collective-supports", Map.of("actionKind",
                "COMMITTEE", "supportKind", "FACILITATION", "practiceId", published.toString()))
                .andExpect(status().isCreated());
        UUID other = UUID.randomUUID();
        post("/api/v1/interventions", collective(other)).andExpect(status().isCreated());
        post("/api/v1/interventions/" + other + "/collective-supports", Map.of("actionKind",
                "GROUP_PROJECT", "supportKind", "FACILITATION", "practiceId", published.toString()))
                .andExpect(status().isCreated());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/practices/" + published + "/uses"))
                .andExpect(jsonPath("$.interventions").value(2))
                .andExpect(jsonPath("$.territories[0].interventions").value(2)));
        post("/api/v1/interventions/" + other + "/cancellation", Map.of("reason", "Inscrite en double"))
                .andExpect(status().is2xxSuccessful());
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/practices/" + published + "/uses"))
                .andExpect(jsonPath("$.interventions").value(1)));
        mvc.perform(get("/api/v1/practices/" + draft + "/uses")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices/" + UUID.randomUUID() + "/uses")).andExpect(status().isNotFound());
    }

    private UUID practice(String name, boolean publish) throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/practices", Map.of("id", id, "form", complete().toBuilder().name(name).build()))
                .andExpect(status().isCreated());
        if (publish) {
            post("/api/v1/practices/" + id + "/submission", null).andExpect(status().isNoContent());
            post("/api/v1/practices/" + id + "/publication", null).andExpect(status().isNoContent());
        }
        return id;
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(body == null ? MockMvcRequestBuilders.post(path)
                : MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }
}
