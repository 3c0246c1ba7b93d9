package qc.logbook.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.individual;
import static qc.logbook.support.InterventionBodies.json;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.RequestBodies;

/**
 * One test per class of bad input an outside test campaign found, each answered at the shared mechanism: a
 * 4xx problem document naming the field, in French first, and nothing stored.
 */
@LogbookIntegrationTest
class BadInputIntegrationTest {

    private static final String INTERVENTIONS = "/api/v1/interventions";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepeatedKeyIsRefusedNamingTheField() throws Exception {
        UUID id = UUID.randomUUID();
        String body = json(individual(id)).replace("\"durationMinutes\":45", "\"durationMinutes\":45,"
                + "\"durationMinutes\":50");

        postJson(INTERVENTIONS, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"))
                .andExpect(jsonPath("$.errors[0].rule").value("duplicate-field"));
        assertThat(eventsOf(id)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"}", " garbage", " null", " {}", ",1"})
    void contentAfterTheDocumentIsRefusedAndNothingIsStored(String trailer) throws Exception {
        UUID id = UUID.randomUUID();
        postJson(INTERVENTIONS, json(individual(id)) + trailer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title_fr").value("Requête invalide"))
                .andExpect(jsonPath("$.title_en").value("Invalid request"));
        assertThat(eventsOf(id)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "multipart/form-data", "multipart/form-data; boundary=x", "text/plain",
            "application/x-www-form-urlencoded", "application/*"})
    void aBodyThatIsNotDeclaredJsonIsAnUnsupportedMediaType(String contentType) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post(INTERVENTIONS).header(HttpHeaders.CONTENT_TYPE, contentType)
                        .content(json(individual(id))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title_fr").value("Type de contenu non pris en charge"))
                .andExpect(jsonPath("$.title_en").value("Unsupported media type"));
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void anIdOfAnotherKindOfRecordIsTakenOrUnknownNeverAnError() throws Exception {
        UUID practice = UUID.randomUUID();
        postJson("/api/v1/practices", json(RequestBodies.practiceDraft(practice))).andExpect(status().isCreated());
        UUID intervention = UUID.randomUUID();
        postJson(INTERVENTIONS, json(individual(intervention))).andExpect(status().isCreated());
        long before = events();

        postJson(INTERVENTIONS, json(individual(practice)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        postJson(INTERVENTIONS + "/" + practice + "/referrals", json(RequestBodies.referral(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        postJson("/api/v1/local-teams", json(RequestBodies.localTeam(intervention, "LEVIS")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        postJson("/api/v1/practices/" + intervention + "/submission", "")
                .andExpect(status().isNotFound());
        assertThat(events()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2024-01-01T00:00:00Z\u0000"})
    void anInstantOutsideTheStoresOrWithNulIsRefusedBeforeAnyExportStarts(String instant) throws Exception {
        for (String path : new String[] {"/api/v1/audit/events", "/api/v1/exports/events"}) {
            for (String parameter : new String[] {"from", "to"}) {
                mvc.perform(get(path).param(parameter, instant))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.errors[0].field").value(parameter));
            }
        }
        mvc.perform(get("/api/v1/stats/referrals").param("asOf", instant))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "10000-01-01"})
    void aDateOutsideTheStoresIsRefusedNamingTheParameter(String date) throws Exception {
        for (String path : new String[] {INTERVENTIONS, "/api/v1/stats/referrals",
                "/api/v1/exports/referral-breakdown.csv"}) {
            mvc.perform(get(path).param("to", date))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("to"));
        }
    }

    @Test
    void aWriteForAClientThatAcceptsNoJsonIsRefusedBeforeAnythingIsStored() throws Exception {
        long before = events();
        mvc.perform(post("/api/v1/local-teams").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT, "application/x-ndjson")
                        .content(json(RequestBodies.localTeam(UUID.randomUUID(), "LEVIS"))))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void nulInAnyQueryParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("aggregateType", "Intervention\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aggregateType"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.control-character"));
        mvc.perform(get("/api/v1/exports/events").param("eventType", "\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventType"));
        mvc.perform(get(INTERVENTIONS).param("relevance\u0000", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\\ud800y", "x\\udc00y", "x\\ud800", "\\udfff\\ud800"})
    void textThatIsNotValidUnicodeIsRefusedNamingTheField(String notes) throws Exception {
        UUID id = UUID.randomUUID();
        String body = json(individual(id)).replace("\"notes\":\"Suivi après la rencontre du comité\"",
                "\"notes\":\"" + notes + "\"");
        assertThat(body).contains(notes);

        postJson(INTERVENTIONS, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.invalid-unicode"));
        assertThat(eventsOf(id)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":"})
    void deepNestingIsRefusedNamingWhereItStarts(String opening) throws Exception {
        UUID id = UUID.randomUUID();
        String closing = opening.equals("[") ? "]" : "}";
        String deep = opening.repeat(5_000) + "1" + closing.repeat(5_000);
        postJson(INTERVENTIONS, json(individual(id)).replace("[\"FAMILIES\"]", deep))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("targetGroups")));
        postJson(INTERVENTIONS, deep)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void aPairedSurrogateAndLineBreaksAreText() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = individual(id);
        body.put("notes", "Café 😀\n\tSuite\r\n");
        postJson(INTERVENTIONS, json(body)).andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "a\\u0001b", "\\u007f", "\\u001b[31m"})
    void controlCharactersInTextAreRefused(String notes) throws Exception {
        UUID id = UUID.randomUUID();
        String body = json(individual(id)).replace("\"housingOrganisation\":\"OMH de Lévis\"",
                "\"housingOrganisation\":\"" + notes + "\"");
        postJson(INTERVENTIONS, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("housingOrganisation"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.control-character"));
        assertThat(eventsOf(id)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\\t", "\\u0000", " %s", "%s ", "%s\\u0000"})
    void aBlankOrPaddedIdOrDateIsRefusedNotReadAsAbsent(String pattern) throws Exception {
        UUID id = UUID.randomUUID();
        long before = events();
        String blankId = json(individual(id)).replace("\"id\":\"" + id + "\"",
                "\"id\":\"" + pattern.replace("%s", id.toString()) + "\"");
        postJson(INTERVENTIONS, blankId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        String blankDate = json(individual(UUID.randomUUID())).replace("\"date\":\"2024-03-01\"",
                "\"date\":\"" + pattern.replace("%s", "2024-03-01") + "\"");
        postJson(INTERVENTIONS, blankDate)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(events()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {" HLM_OMH", "HLM_OMH ", "HLM_OMH\\u0000", "hlm_omh", "\\tHLM_OMH"})
    void anEnumCodeMustBeExact(String tenure) throws Exception {
        UUID id = UUID.randomUUID();
        String body = json(individual(id)).replace("\"tenure\":\"HLM_OMH\"", "\"tenure\":\"" + tenure + "\"");
        postJson(INTERVENTIONS, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenure"));
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void aBlankObservationDateOfAnOutcomeIsRefused() throws Exception {
        UUID id = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        postJson(INTERVENTIONS, json(individual(id))).andExpect(status().isCreated());
        postJson(INTERVENTIONS + "/" + id + "/referrals", json(RequestBodies.referral(referral)))
                .andExpect(status().isCreated());
        long before = events();

        mvc.perform(put(INTERVENTIONS + "/" + id + "/referrals/" + referral + "/outcome")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"WAITING\",\"observedOn\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("observedOn"));
        mvc.perform(put(INTERVENTIONS + "/" + id + "/referrals/" + referral + "/outcome")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"WAITING\\u0000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        assertThat(events()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/interventions", "/api/v1/local-teams", "/api/v1/projects", "/api/v1/practices",
            "/api/v1/audit/events", "/api/v1/admin/tenant-access-log"})
    void aPageTooFarToReachIsEmptyNeverAnotherPage(String path) throws Exception {
        String items = path.endsWith("tenant-access-log") ? "$" : "$.items";
        // 214,748,365 × 20 = 4,294,967,300, which wraps to 4 in 32 bits
        for (String page : new String[] {"214748365", String.valueOf(Integer.MAX_VALUE)}) {
            mvc.perform(get(path).param("page", page).param("size", "20"))
                    .andExpect(status().is2xxSuccessful())
                    .andExpect(jsonPath(items).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/interventions/", "/api/v1/practices/", "/api/v1/local-teams/"})
    void anUnknownRecordIsAProblemDocumentNotABare404(String path) throws Exception {
        mvc.perform(get(path + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title_fr").value("Ressource introuvable"))
                .andExpect(jsonPath("$.title_en").value("Resource not found"));
    }

    @Test
    void anAcceptHeaderThatDoesNotParseStillGetsTheProblemDocument() throws Exception {
        mvc.perform(post(INTERVENTIONS).contentType(MediaType.APPLICATION_JSON).content("{")
                        .header(HttpHeaders.ACCEPT, "garbage/;;"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title_fr").value("Format de réponse non disponible"));
        mvc.perform(get(INTERVENTIONS).param("page", "-1").header(HttpHeaders.ACCEPT, "garbage/;;"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title_fr").value("Requête invalide"));
    }

    @Test
    void titlesAndMessagesFollowTheReadersLanguageFromTheBundles() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = individual(id);
        body.put("durationMinutes", 100_000);

        postJson(INTERVENTIONS, json(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.errors[0].rule").value("duration.out-of-range"))
                .andExpect(jsonPath("$.errors[0].message_fr").value("La durée doit être comprise entre 1 et 720 minutes."))
                .andExpect(jsonPath("$.errors[0].message_en").value("The duration must be between 1 and 720 minutes."));
        mvc.perform(post(INTERVENTIONS).contentType(MediaType.APPLICATION_JSON).content(json(body))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("The duration must be between 1 and 720 minutes."));
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long eventsOf(UUID id) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, id.toString());
        return count == null ? 0 : count;
    }

    private long events() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
