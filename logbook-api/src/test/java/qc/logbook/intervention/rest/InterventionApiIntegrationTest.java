package qc.logbook.intervention.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.collective;
import static qc.logbook.support.InterventionBodies.individual;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestDays;

@LogbookIntegrationTest
class InterventionApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsAnInterventionAndShowsItWithItsTimeline() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", individual(id))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/interventions/" + id));

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.territory").value("LEVIS"))
                .andExpect(jsonPath("$.details.tenure").value("HLM_OMH"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.timeline[0].type").value("InterventionRecordedEvent"))
                .andExpect(jsonPath("$.timeline[0].actor").isNotEmpty()));
    }

    @Test
    void aRetriedCreationAnswersAsTheFirstTimeAndStoresNothingNew() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", individual(id)).andExpect(status().isCreated());
        post("/api/v1/interventions", individual(id))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/interventions/" + id));

        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void theSameIdWithOtherDetailsIsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", individual(id)).andExpect(status().isCreated());
        Map<String, Object> other = individual(id);
        other.put("durationMinutes", 90);

        post("/api/v1/interventions", other)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("intervention.id-taken"));
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void refersATenantThenRecordsTheOutcome() throws Exception {
        UUID id = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        post("/api/v1/interventions", individual(id)).andExpect(status().isCreated());
        post("/api/v1/interventions/" + id + "/referrals", Map.of("referralId", referralId.toString(),
                "sector", "HEALTH_AND_SOCIAL_SERVICES", "need", "MENTAL_HEALTH", "accompanied", true))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/interventions/" + id + "/referrals/" + referralId));
        mvc.perform(put("/api/v1/interventions/" + id + "/referrals/" + referralId + "/outcome")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("outcome", "COMPLETED", "observedOn", "2024-03-10"))))
                .andExpect(status().isNoContent());

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(jsonPath("$.referrals[0].sector").value("HEALTH_AND_SOCIAL_SERVICES"))
                .andExpect(jsonPath("$.referrals[0].need").value("MENTAL_HEALTH"))
                .andExpect(jsonPath("$.referrals[0].accompanied").value(true))
                .andExpect(jsonPath("$.referrals[0].outcome").value("COMPLETED"))
                .andExpect(jsonPath("$.timeline.length()").value(3))
                .andExpect(jsonPath("$.timeline[2].type").value("ReferralOutcomeRecordedEvent")));
    }

    @Test
    void refusesAReferralFromACollectiveIntervention() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", collective(id)).andExpect(status().isCreated());

        post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("referral.individual-only"))
                .andExpect(jsonPath("$.errors[0].message_fr").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].message_en").isNotEmpty());
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void supportsATenantAssociationFromACollectiveIntervention() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", collective(id)).andExpect(status().isCreated());
        post("/api/v1/interventions/" + id + "/collective-supports", Map.of("actionKind", "TENANT_ASSOCIATION",
                "supportKind", "GOVERNANCE_SUPPORT", "groupName", "Association des locataires du Parc"))
                .andExpect(status().isCreated());

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(jsonPath("$.collectiveSupports[0].actionKind").value("TENANT_ASSOCIATION"))
                .andExpect(jsonPath("$.collectiveSupports[0].groupName").value("Association des locataires du Parc")));
    }

    @Test
    void correctsAndCancelsWithReasonsKeptInTheTimeline() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", individual(id)).andExpect(status().isCreated());
        Map<String, Object> corrected = individual(id);
        corrected.put("tenure", "COOP");
        post("/api/v1/interventions/" + id + "/corrections",
                Map.of("reason", "Mauvaise tenure inscrite", "details", corrected))
                .andExpect(status().isNoContent());
        post("/api/v1/interventions/" + id + "/cancellation", Map.of("reason", "Doublon"))
                .andExpect(status().isNoContent());

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + id))
                .andExpect(jsonPath("$.details.tenure").value("COOP"))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellationReason").value("Doublon"))
                .andExpect(jsonPath("$.timeline[1].reason").value("Mauvaise tenure inscrite"))
                .andExpect(jsonPath("$.timeline[2].type").value("InterventionCancelledEvent")));

        post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("intervention.cancelled"));
    }

    @Test
    void recordsHowManyTookPartInACollectiveInterventionShowsItAndSumsItInTheBreakdown() throws Exception {
        LocalDate day = TestDays.unique();
        UUID cafe = UUID.randomUUID();
        Map<String, Object> body = collective(cafe);
        body.put("date", day.toString());
        body.put("participants", 14);
        post("/api/v1/interventions", body).andExpect(status().isCreated());
        post("/api/v1/interventions/" + cafe + "/collective-supports", Map.of("actionKind", "COMMITTEE",
                "supportKind", "FACILITATION")).andExpect(status().isCreated());
        UUID unstated = UUID.randomUUID();
        Map<String, Object> other = collective(unstated);
        other.put("date", day.toString());
        post("/api/v1/interventions", other).andExpect(status().isCreated());

        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + cafe))
                .andExpect(jsonPath("$.details.participants").value(14)));
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/stats/referrals")
                        .param("from", day.toString()).param("to", day.toString()))
                .andExpect(jsonPath("$.collectiveInterventions").value(2))
                .andExpect(jsonPath("$.participants").value(14))
                .andExpect(jsonPath("$.collectiveWithParticipants.count").value(1))
                .andExpect(jsonPath("$.participantsByKind[?(@.code == 'COMMITTEE')].count").value(14))
                .andExpect(jsonPath("$.participantsByKind[?(@.code == 'GROUP_PROJECT')].count").value(0)));
    }

    @Test
    void refusesParticipantsOnAnIndividualInterventionOrOutOfBoundsNamingTheField() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = individual(id);
        body.put("participants", 3);
        post("/api/v1/interventions", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.errors[0].rule").value("participants.collective-only"));
        Map<String, Object> none = collective(id);
        none.put("participants", 0);
        post("/api/v1/interventions", none)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"))
                .andExpect(jsonPath("$.errors[0].rule").value("participants.out-of-range"));
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void aCorrectionCannotMoveTheDateAfterTheInterventionsReferrals() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", individual(id)).andExpect(status().isCreated());
        post("/api/v1/interventions/" + id + "/referrals", Map.of("sector", "MUNICIPAL", "need", "HOUSING",
                "referredOn", "2024-03-05")).andExpect(status().isCreated());
        Map<String, Object> later = individual(id);
        later.put("date", "2024-03-06");
        post("/api/v1/interventions/" + id + "/corrections", Map.of("reason", "Date", "details", later))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("details.date"))
                .andExpect(jsonPath("$.errors[0].rule").value("correction.date-after-referrals"));
        Map<String, Object> sameDay = individual(id);
        sameDay.put("date", "2024-03-05");
        post("/api/v1/interventions/" + id + "/corrections", Map.of("reason", "Date", "details", sameDay))
                .andExpect(status().isNoContent());
        assertThat(eventsOf(id)).isEqualTo(3);
    }

    @Test
    void aCorrectionErrorNamesTheNestedField() throws Exception {
        UUID id = UUID.randomUUID();
        post("/api/v1/interventions", individual(id)).andExpect(status().isCreated());
        Map<String, Object> corrected = individual(id);
        corrected.put("durationMinutes", 0);

        post("/api/v1/interventions/" + id + "/corrections", Map.of("reason", "Durée", "details", corrected))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.durationMinutes"))
                .andExpect(jsonPath("$.errors[0].rule").value("duration.out-of-range"));
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void malformedJsonIsABadRequestNamingNoField() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON).content("{\"date\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].rule").value("malformed-json"))
                .andExpect(jsonPath("$.title").value("Requête invalide"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        Map<String, Object> body = individual(UUID.randomUUID());
        body.put("tenure", "CONDO");
        post("/api/v1/interventions", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenure"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-value"))
                .andExpect(jsonPath("$.errors[0].message_en").value(
                        "Unknown value; allowed values: HLM_OMH, OBNL, COOP, OUTSIDE_HOUSING."));
    }

    @Test
    void anUnknownValueInsideAListNamesItsPosition() throws Exception {
        Map<String, Object> body = individual(UUID.randomUUID());
        body.put("targetGroups", List.of("FAMILIES", "PETS"));
        post("/api/v1/interventions", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetGroups[1]"));
    }

    @Test
    void missingFieldsAreAllNamed() throws Exception {
        Map<String, Object> body = individual(UUID.randomUUID());
        body.remove("date");
        body.remove("tenure");
        post("/api/v1/interventions", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("date")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("tenure")))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
    }

    @Test
    void oversizeNotesAreRefusedCountingCharactersNotBytes() throws Exception {
        UUID accepted = UUID.randomUUID();
        Map<String, Object> atLimit = individual(accepted);
        atLimit.put("notes", "é".repeat(2000));
        post("/api/v1/interventions", atLimit).andExpect(status().isCreated());

        UUID refused = UUID.randomUUID();
        Map<String, Object> overLimit = individual(refused);
        overLimit.put("notes", "é".repeat(2001));
        post("/api/v1/interventions", overLimit)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.too-long"))
                .andExpect(jsonPath("$.errors[0].message_fr").value("Le texte dépasse la limite de 2\u00a0000 caractères."));
        assertThat(eventsOf(refused)).isZero();
    }

    @Test
    void aDateInTheFutureIsRefused() throws Exception {
        Map<String, Object> body = individual(UUID.randomUUID());
        body.put("date", "2999-01-01");
        post("/api/v1/interventions", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].rule").value("date.in-future"));
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        Map<String, Object> body = individual(UUID.randomUUID());
        body.put("territory", "ATLANTIS");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/interventions").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(json(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("This territory (MRC) is not in the reference data."))
                .andExpect(jsonPath("$.errors[0].field").value("territory"));
    }

    @Test
    void anUnknownInterventionIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/interventions/" + UUID.randomUUID())).andExpect(status().isNotFound());
        post("/api/v1/interventions/" + UUID.randomUUID() + "/cancellation", Map.of("reason", "x"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/interventions/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void listsArePaginatedAndFiltered() throws Exception {
        String worker = "W-PAGE-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = individual(UUID.randomUUID());
            body.put("workerId", worker);
            body.put("territory", "L-ISLET");
            body.put("date", "2019-02-0" + (i + 1));
            post("/api/v1/interventions", body).andExpect(status().isCreated());
        }
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions")
                        .param("territory", "L-ISLET").param("from", "2019-02-01").param("to", "2019-02-05")
                        .param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].details.date").value("2019-02-03")));

        mvc.perform(get("/api/v1/interventions").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void healthShowsBothStores() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
    }

    @Test
    void metricsCountCommandsAndShowProcessorLag() throws Exception {
        post("/api/v1/interventions", individual(UUID.randomUUID())).andExpect(status().isCreated());
        String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics)
                .contains("logbook_commands_seconds_count{")
                .contains("command=\"RecordInterventionCommand\"")
                .contains("logbook_processor_lag{")
                .contains("group=\"referral-breakdown\"");
    }

    private ResultActions post(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    private int eventsOf(UUID id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, id.toString());
    }
}
