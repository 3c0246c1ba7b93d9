package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.Projections;
import qc.logbook.support.TestUsers;

/** The account API: admins manage accounts, users change their password, and every change is in the journal. */
@LogbookIntegrationTest
class AccountApiIntegrationTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdminCreatesAWorkerWhoSignsInAndChangesTheirPassword() throws Exception {
        String username = username();
        JsonNode created = body(send(post("/api/v1/admin/accounts"), Map.of("username", username,
                "roles", List.of("WORKER"), "territories", List.of("LEVIS"), "password", PASSWORD), TestUsers.admin())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/accounts/" + username)));
        String id = created.path("account").path("id").asText();
        assertThat(id).matches("W-[A-Z2-7]{12}");
        assertThat(created.has("generatedPassword")).as("the admin chose the password").isFalse();
        assertThat(created.toString()).doesNotContain(PASSWORD).doesNotContain("$2a$");

        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.roles[0]").value("WORKER"))
                .andExpect(jsonPath("$.territories[0]").value("LEVIS"));

        String newPassword = "une autre phrase, plus longue encore";
        changePassword(username, PASSWORD, "wrong current password", newPassword)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].rule").value("password.current-wrong"));
        changePassword(username, PASSWORD, PASSWORD, "court")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].rule").value("password.too-short"));
        changePassword(username, PASSWORD, PASSWORD, username + " et encore")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("password.contains-username"));
        changePassword(username, PASSWORD, PASSWORD, newPassword).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, newPassword)))
                .andExpect(status().isOk());

        JsonNode journal = body(mvc.perform(get("/api/v1/admin/accounts/changes").with(TestUsers.admin()))
                .andExpect(status().isOk()));
        List<JsonNode> mine = entries(journal, username);
        assertThat(mine).extracting(e -> e.path("kind").asText()).containsExactly("PASSWORD_CHANGED", "CREATED");
        assertThat(mine.get(0).path("actorId").asText()).as("the worker changed it").isEqualTo(id);
        assertThat(mine.get(1).path("actorId").asText()).isEqualTo("test-admin");
        assertThat(mine.get(1).path("detail").asText()).isEqualTo("WORKER / LEVIS");
        assertThat(journal.toString()).doesNotContain(PASSWORD).doesNotContain(newPassword).doesNotContain("$2a$");
    }

    @Test
    void aGeneratedPasswordIsAnsweredOnceAndAResetReplacesIt() throws Exception {
        String username = username();
        JsonNode created = body(send(post("/api/v1/admin/accounts"), Map.of("username", username,
                "roles", List.of("EVALUATOR"), "territories", List.of("*")), TestUsers.admin())
                .andExpect(status().isCreated()));
        String generated = created.path("generatedPassword").asText();
        assertThat(generated).hasSize(24);
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, generated)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/accounts/" + username).with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.generatedPassword").doesNotExist())
                .andExpect(jsonPath("$.password").doesNotExist());

        String reset = body(send(post("/api/v1/admin/accounts/" + username + "/password"), Map.of(),
                TestUsers.admin()).andExpect(status().isOk())).path("generatedPassword").asText();
        assertThat(reset).hasSize(24).isNotEqualTo(generated);
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, generated)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, reset)))
                .andExpect(status().isOk());

        send(post("/api/v1/admin/accounts/" + username + "/password"), Map.of("password", "temporaire-2026-a"),
                TestUsers.admin()).andExpect(status().isOk()).andExpect(jsonPath("$.generatedPassword").doesNotExist());
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, "temporaire-2026-a")))
                .andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
        String username = create("WORKER", "LEVIS");
        send(post("/api/v1/admin/accounts/" + username + "/disable"), null, TestUsers.admin())
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        send(post("/api/v1/admin/accounts/" + username + "/enable"), null, TestUsers.admin())
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/account").with(anonymous()).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());

        send(put("/api/v1/admin/accounts/" + username), Map.of("roles", List.of("WORKER", "COORDINATOR"),
                "territories", List.of("LEVIS", "BELLECHASSE")), TestUsers.admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));
        JsonNode journal = body(mvc.perform(get("/api/v1/admin/accounts/changes?size=200").with(TestUsers.admin())));
        assertThat(entries(journal, username)).extracting(e -> e.path("kind").asText() + " " + e.path("detail")
                        .asText(""))
                .containsExactly("TERRITORIES_CHANGED BELLECHASSE,LEVIS", "ROLES_CHANGED COORDINATOR,WORKER",
                        "ENABLED ", "DISABLED ", "CREATED WORKER / LEVIS");
    }

    @Test
    void badInputIsRefusedOnItsField() throws Exception {
        String taken = create("WORKER", "LEVIS");
        expectRefused(Map.of("username", "Nom Avec Espaces", "roles", List.of("WORKER"), "territories",
                List.of("LEVIS")), 400, "username", "account.username-format");
        expectRefused(Map.of("username", taken, "roles", List.of("WORKER"), "territories", List.of("LEVIS")),
                409, "username", "account.username-taken");
        expectRefused(Map.of("username", username(), "roles", List.of("WORKER"), "territories", List.of("NARNIA")),
                400, "territories", "account.territory-unknown");
        expectRefused(Map.of("username", username(), "roles", List.of("WORKER"), "territories", List.of()),
                400, "territories", "account.territories-required");
        expectRefused(Map.of("username", username(), "roles", List.of(), "territories", List.of("LEVIS")),
                400, "roles", "required");
        expectRefused(Map.of("username", username(), "roles", List.of("WORKER"), "territories", List.of("LEVIS"),
                "password", "trop court"), 400, "password", "password.too-short");
        send(post("/api/v1/admin/accounts"), Map.of("username", username(), "roles", List.of("WORKER")),
                TestUsers.worker("LEVIS")).andExpect(status().isForbidden());
        send(post("/api/v1/admin/accounts/nobody-here/disable"), null, TestUsers.admin())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].rule").value("account.unknown"));
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        String username = create("ADMIN", "*");
        String id = body(mvc.perform(get("/api/v1/admin/accounts/" + username).with(TestUsers.admin())))
                .path("id").asText();
        RequestPostProcessor self = TestUsers.as(id, java.util.Set.of(Role.ADMIN), java.util.Set.of("*"));
        send(post("/api/v1/admin/accounts/" + username + "/disable"), null, self)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("account.self-lockout"));
        send(put("/api/v1/admin/accounts/" + username), Map.of("roles", List.of("EVALUATOR"), "territories",
                List.of("*")), self).andExpect(status().isConflict());
    }

    @Test
    void aWorkerRecordsAsThemselvesAndACoordinatorForAWorkerOfTheirTerritory() throws Exception {
        String worker = create("WORKER", "LEVIS");
        String workerId = body(mvc.perform(get("/api/v1/admin/accounts/" + worker).with(TestUsers.admin())))
                .path("id").asText();
        RequestPostProcessor asWorker = httpBasic(worker, PASSWORD);

        // without a workerId, the worker is the signed-in account
        UUID own = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(own);
        body.remove("workerId");
        send(post("/api/v1/interventions"), body, anonymous()).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/interventions").with(anonymous()).with(asWorker)
                        .contentType(MediaType.APPLICATION_JSON).content(InterventionBodies.json(body)))
                .andExpect(status().isCreated());
        Projections.eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + own)
                        .with(anonymous()).with(asWorker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.worker").value(workerId)));

        // naming another worker is refused, for new interventions and for corrections
        Map<String, Object> other = InterventionBodies.individual(UUID.randomUUID());
        other.put("workerId", "W-SOMEONE-ELSE");
        mvc.perform(post("/api/v1/interventions").with(anonymous()).with(asWorker)
                        .contentType(MediaType.APPLICATION_JSON).content(InterventionBodies.json(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"))
                .andExpect(jsonPath("$.errors[0].rule").value("worker.not-self"))
                .andExpect(jsonPath("$.errors[0].message_fr").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].message_en").isNotEmpty());
        Map<String, Object> corrected = InterventionBodies.individual(own);
        corrected.put("workerId", "W-SOMEONE-ELSE");
        mvc.perform(post("/api/v1/interventions/" + own + "/corrections").with(anonymous()).with(asWorker)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(InterventionBodies.json(Map.of("reason", "Autre", "details", corrected))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("details.workerId"))
                .andExpect(jsonPath("$.errors[0].rule").value("worker.not-self"));

        // a coordinator of Lévis records for that worker in Lévis, not in Bellechasse, nor for an unknown id
        RequestPostProcessor coordinator = TestUsers.coordinator("LEVIS", "BELLECHASSE");
        Map<String, Object> forWorker = InterventionBodies.individual(UUID.randomUUID());
        forWorker.put("workerId", workerId);
        send(post("/api/v1/interventions"), forWorker, coordinator).andExpect(status().isCreated());
        Map<String, Object> elsewhere = InterventionBodies.individual(UUID.randomUUID());
        elsewhere.put("workerId", workerId);
        elsewhere.put("territory", "BELLECHASSE");
        send(post("/api/v1/interventions"), elsewhere, coordinator)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("worker.not-self"));
        Map<String, Object> unknown = InterventionBodies.individual(UUID.randomUUID());
        unknown.put("workerId", "W-NOT-AN-ACCOUNT");
        send(post("/api/v1/interventions"), unknown, coordinator).andExpect(status().isForbidden());

        // a disabled worker account is no one a coordinator may record for
        send(post("/api/v1/admin/accounts/" + worker + "/disable"), null, TestUsers.admin())
                .andExpect(status().isOk());
        Map<String, Object> afterDisable = InterventionBodies.individual(UUID.randomUUID());
        afterDisable.put("workerId", workerId);
        send(post("/api/v1/interventions"), afterDisable, coordinator).andExpect(status().isForbidden());
    }

    private String create(String role, String territory) throws Exception {
        String username = username();
        send(post("/api/v1/admin/accounts"), Map.of("username", username, "roles", List.of(role),
                "territories", List.of(territory), "password", PASSWORD), TestUsers.admin())
                .andExpect(status().isCreated());
        return username;
    }

    private void expectRefused(Map<String, Object> request, int status, String field, String rule) throws Exception {
        send(post("/api/v1/admin/accounts"), request, TestUsers.admin())
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule));
    }

    private ResultActions changePassword(String username, String password, String current, String next)
            throws Exception {
        return mvc.perform(put("/api/v1/account/password").with(anonymous()).with(httpBasic(username, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("currentPassword", current, "newPassword", next))));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               Object body, RequestPostProcessor user) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request.with(user));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static List<JsonNode> entries(JsonNode journal, String username) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        journal.path("items").forEach(e -> {
            if (username.equals(e.path("username").asText())) {
                entries.add(e);
            }
        });
        return entries;
    }

    private static String username() {
        return "api-" + NAMES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
