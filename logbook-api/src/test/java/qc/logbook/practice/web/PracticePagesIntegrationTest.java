package qc.logbook.practice.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * The practice pages' access rules and the draft save the form's script calls: the same commands as the API, so the
 * server's rules (characters counted as a person counts them, three SCLS characteristics at most) refuse on the field.
 */
@LogbookIntegrationTest
class PracticePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void reviewingIsTheCoordinatorsAndAuthoringTheWorkersAndTheirs() throws Exception {
        mvc.perform(get("/practices/review").with(TestUsers.worker("LEVIS"))).andExpect(status().isForbidden());
        mvc.perform(get("/practices/review").with(TestUsers.coordinator("LEVIS"))).andExpect(status().isOk());
        mvc.perform(get("/practices/new").with(TestUsers.evaluator())).andExpect(status().isForbidden());
        mvc.perform(get("/practices/new").with(TestUsers.worker("LEVIS"))).andExpect(status().isOk());
        mvc.perform(get("/practices/mine").with(TestUsers.coordinator("LEVIS"))).andExpect(status().isOk());
    }

    @Test
    void theDraftSaveCountsCharactersAsAPersonDoes() throws Exception {
        String id = UUID.randomUUID().toString();
        // 200 emoji: 400 UTF-16 units, 200 characters, the name's limit
        String house = "🏠".repeat(200);
        mvc.perform(put("/practices/" + id + "/draft").with(TestUsers.worker("LEVIS")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"form\":{\"name\":\"" + house + "\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.savedAt").isNotEmpty());
        mvc.perform(put("/practices/" + id + "/draft").with(TestUsers.worker("LEVIS")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"form\":{\"name\":\"" + house + "é\"}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aFourthSclsCharacteristicIsRefusedOnItsField() throws Exception {
        String form = "{\"form\":{\"name\":\"Cuisine collective\",\"sclsCharacteristics\":[\"EMPOWERMENT\","
                + "\"SOCIAL_TIES\",\"PREVENTION\"],\"sclsCharacteristicsOther\":\"Sécurité alimentaire\"}}";
        mvc.perform(put("/practices/" + UUID.randomUUID() + "/draft").with(TestUsers.worker("LEVIS")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(form))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("sclsCharacteristics"));
    }

    @Test
    void anExpiredSessionIsNotSavedButSentToSignIn() throws Exception {
        mvc.perform(put("/practices/" + UUID.randomUUID() + "/draft").with(anonymous()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"form\":{\"name\":\"x\"}}"))
                .andExpect(status().is3xxRedirection());
    }
}
