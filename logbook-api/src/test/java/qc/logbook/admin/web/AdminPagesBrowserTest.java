package qc.logbook.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.support.InterventionBodies.json;
import static qc.logbook.support.Projections.eventually;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.TestUsers;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.BrowserTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * An administrator, at phone size, opens every admin page, rebuilds every read model and watches the progress bar
 * reach 100 %, forgets a tenant after seeing what will be erased, and finds the erasure in the audit journal.
 */
@BrowserTest
@AutoConfigureMockMvc
class AdminPagesBrowserTest {

    private static final String TENANT = "T-ADMIN-PAGES-1";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorRebuildsTheReadModelsForgetsATenantAndFindsItInTheAuditJournal() throws Exception {
        UUID withNotes = record(TENANT, "Note confidentielle du suivi");
        record(TENANT, null);
        eventually().untilAsserted(() -> mvc.perform(get("/api/v1/interventions/" + withNotes)
                .with(TestUsers.superUser())).andExpect(jsonPath("$.details.tenant").value(TENANT)));

        try (Browser admin = Browser.open(port)) {
            admin.signIn(BrowserUsers.ADMIN, BrowserUsers.PASSWORD);
            admin.find("nav a[href='/admin']").click();
            admin.waiting().until(d -> admin.path().equals("/admin"));
            assertThat(admin.find("h1").getText()).isEqualTo("Administration");
            assertThat(admin.findAll("a[href='/admin/accounts']")).isNotEmpty();
            admin.assertAccessible().capture("admin-index");

            admin.find("main a[href='/admin/read-models']").click();
            admin.waiting().until(d -> admin.path().equals("/admin/read-models"));
            assertThat(admin.findAll("tr[data-read-model]")).hasSizeGreaterThanOrEqualTo(5);
            assertThat(admin.find("tr[data-read-model='intervention-details'] [data-hash]").getText())
                    .matches("[0-9a-f]{64}");
            admin.assertAccessible().capture("admin-read-models");

            admin.find("a[data-rebuild-all]").click();
            admin.waiting().until(d -> admin.path().equals("/admin/rebuilds/new"));
            assertThat(admin.find("[data-confirm-what]").getText())
                    .isEqualTo("Tous les modèles de lecture seront reconstruits.");
            admin.assertAccessible().capture("admin-rebuild-confirm");
            admin.find("button[data-confirm-rebuild]").click();
            admin.waiting().until(d -> admin.path().matches("/admin/rebuilds/[0-9a-f-]+"));
            String rebuildPath = admin.path();

            new WebDriverWait(admin.driver(), Duration.ofSeconds(60)).until(d ->
                    "100".equals(admin.find("#rebuild-bar").getAttribute("value")));
            assertThat(admin.find("#rebuild-progress").getAttribute("data-state")).isEqualTo("COMPLETED");
            assertThat(admin.find("[data-percent]").getAttribute("textContent")).isEqualTo("100\u00a0%");
            assertThat(admin.find("#rebuild-announce").getAttribute("textContent"))
                    .isEqualTo("Reconstruction terminée");
            assertThat(admin.find("[data-events-done]").getText()).matches("[0-9 ]+ sur [0-9 ]+");
            assertThat(admin.find("#rebuild-progress").getAttribute("hx-trigger")).as("polling stopped").isNull();
            admin.assertAccessible().capture("admin-rebuild-done");

            admin.go("/admin/read-models");
            assertThat(admin.find("tr[data-rebuild-row] a").getAttribute("href")).endsWith(rebuildPath);
            assertThat(admin.find("tr[data-rebuild-row]").getText()).contains("Reconstruction terminée");

            // forgetting: a refusal first, on its fields
            admin.go("/admin");
            admin.find("main a[href='/admin/tenants/forget']").click();
            admin.waiting().until(d -> admin.path().equals("/admin/tenants/forget"));
            admin.assertAccessible().capture("admin-forget");
            admin.type("tenantRef", "Jean Tremblay");
            admin.find("form[action$='/forget/preview'] button[type=submit]").click();
            assertThat(admin.await("#tenantRef-error").getText()).startsWith("Une référence contient");
            assertThat(admin.find("#reason-error").getText()).isEqualTo("Inscrivez le motif de l’effacement.");
            assertThat(admin.find("#tenantRef").getAttribute("value")).isEqualTo("Jean Tremblay");
            admin.assertAccessible().capture("admin-forget-refused");

            admin.type("tenantRef", TENANT).type("reason", "Demande du locataire");
            admin.find("form[action$='/forget/preview'] button[type=submit]").click();
            admin.await("[data-preview]");
            assertThat(admin.find("[data-count-interventions]").getText())
                    .isEqualTo("2 interventions (notes et référence du locataire)");
            assertThat(admin.find("[data-count-notes]").getText()).isEqualTo("1 note, qui se lira « [effacé] »");
            admin.assertAccessible().capture("admin-forget-confirm");
            admin.find("button[data-confirm-forget]").click();
            assertThat(admin.await("[data-forgotten]").getText())
                    .contains("2 interventions se lisent désormais comme effacées.");
            assertThat(admin.driver().getPageSource()).doesNotContain(TENANT);
            admin.assertAccessible().capture("admin-forget-done");

            admin.find("a[data-audit-link]").click();
            admin.waiting().until(d -> admin.path().startsWith("/admin/audit"));
            assertThat(admin.find("#eventType").getAttribute("value")).isEqualTo("TenantForgottenEvent");
            assertThat(admin.findAll("tr[data-event-type='TenantForgottenEvent']")).hasSize(1);
            admin.find("tr[data-event-type='TenantForgottenEvent'] summary").click();
            assertThat(admin.find("tr[data-event-type='TenantForgottenEvent'] pre").getText())
                    .contains("Demande du locataire").doesNotContain(TENANT);
            admin.assertAccessible().capture("admin-audit");

            admin.type("eventType", "").type("aggregateType", "Intervention");
            admin.find("form[action='/admin/audit'] button[type=submit]").click();
            admin.waiting().until(d -> admin.path().contains("aggregateType=Intervention"));
            assertThat(admin.findAll("tr[data-event-type='InterventionRecordedEvent']")).hasSizeGreaterThanOrEqualTo(2);

            admin.go("/admin/tenant-access");
            admin.assertAccessible().capture("admin-tenant-access");
            admin.go("/admin/dead-letters");
            assertThat(admin.findAll("tr[data-group]")).isNotEmpty();
            admin.assertAccessible().capture("admin-dead-letters");
        }

        mvc.perform(get("/api/v1/interventions/" + withNotes).with(TestUsers.superUser()))
                .andExpect(jsonPath("$.details.notes").value("[effacé / erased]"));

        try (Browser worker = Browser.open(port)) {
            worker.signIn(BrowserUsers.WORKER, BrowserUsers.PASSWORD);
            assertThat(worker.findAll("nav a[href='/admin']")).isEmpty();
            worker.go("/admin/read-models");
            assertThat(worker.findAll("tr[data-read-model]")).isEmpty();
            worker.assertAccessible().capture("admin-forbidden-to-worker");
        }
    }

    private UUID record(String tenantRef, String notes) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = InterventionBodies.individual(id);
        body.put("tenantRef", tenantRef);
        if (notes == null) {
            body.remove("notes");
        } else {
            body.put("notes", notes);
        }
        mvc.perform(post("/api/v1/interventions").with(TestUsers.superUser()).contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andExpect(status().isCreated());
        return id;
    }
}
