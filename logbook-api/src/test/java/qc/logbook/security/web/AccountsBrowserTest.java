package qc.logbook.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import qc.logbook.support.ContainerStores;
import qc.logbook.support.browser.Browser;
import qc.logbook.support.browser.ChromiumInstalled;

/**
 * First start in a real browser, at phone size: no user is configured, so the console shows the administrator's
 * password; the administrator signs in, creates a worker of Lévis; the worker signs in with the generated password
 * and changes it; the administrator disables the account, which ends the worker's session and refuses their next
 * sign-in. Not a {@code @BrowserTest}: that one configures an administrator, and this is the start without one.
 */
@ExtendWith({OutputCaptureExtension.class, ChromiumInstalled.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logbook.store.data-dir=target/test-stores/${random.uuid}")
@Import(ContainerStores.class)
class AccountsBrowserTest {

    private static final Pattern PRINTED = Pattern.compile("account 'admin'\\s+with password (\\S+)");
    private static final String WORKER = "intervenante-levis";
    private static final String NEW_PASSWORD = "le fleuve gèle en janvier";

    @LocalServerPort
    int port;

    @Test
    void theFirstAdministratorCreatesAWorkerWhoChangesTheirPasswordUntilDisabled(CapturedOutput output) {
        Matcher printed = PRINTED.matcher(output.getOut());
        assertThat(printed.find()).as("the first start printed the administrator's password").isTrue();
        String adminPassword = printed.group(1);

        try (Browser admin = Browser.open(port); Browser worker = Browser.open(port)) {
            admin.signIn("admin", adminPassword);
            admin.find("a[href$='/admin/accounts']").click();
            admin.waiting().until(d -> admin.path().equals("/admin/accounts"));
            assertThat(admin.find("h1").getText()).isEqualTo("Comptes");
            assertThat(admin.find("tr[data-account='admin']").getText()).contains("Administrateur");
            admin.assertAccessible().capture("admin-accounts");

            admin.find("a[href$='/admin/accounts/new']").click();
            admin.waiting().until(d -> admin.path().equals("/admin/accounts/new"));
            admin.assertAccessible().capture("admin-account-new");

            // refused: a login with spaces and capitals; what was chosen stays chosen
            admin.type("username", "Intervenante Lévis");
            admin.find("label[for='territory-LEVIS']").click();
            admin.find("form button[type=submit].button--primary").click();
            WebElementText error = new WebElementText(admin.await("#username-error").getText());
            assertThat(error.text()).startsWith("Le nom d’utilisateur compte de 3 à 64 caractères");
            assertThat(admin.find("[role=alert] a[href='#username']").getText()).isEqualTo(error.text());
            assertThat(admin.find("#username").getAttribute("value")).isEqualTo("Intervenante Lévis");
            assertThat(admin.find("#username").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.find("#territory-LEVIS").isSelected()).isTrue();
            assertThat(admin.find("#role-WORKER").isSelected()).isTrue();
            admin.assertAccessible().capture("admin-account-new-refused");

            admin.type("username", WORKER);
            admin.find("form button[type=submit].button--primary").click();
            String generated = admin.await("[data-generated-password]").getText();
            assertThat(admin.path()).isEqualTo("/admin/accounts/" + WORKER);
            assertThat(generated).hasSize(24);
            String workerId = admin.find("[data-account-id]").getText();
            assertThat(workerId).matches("W-[A-Z2-7]{12}");
            admin.assertAccessible().capture("admin-account-created");

            worker.signIn(WORKER, generated);
            worker.go("/account");
            assertThat(worker.find("[data-account-id]").getText()).isEqualTo(workerId);
            assertThat(worker.find("[data-roles]").getText()).isEqualTo("Intervenant");
            assertThat(worker.find("[data-territories]").getText()).isEqualTo("Lévis");
            worker.assertAccessible().capture("my-account");

            worker.type("currentPassword", generated).type("newPassword", "trop court")
                    .type("confirmPassword", "trop court");
            worker.find("form[action$='/account/password'] button").click();
            assertThat(worker.await("#newPassword-error").getText())
                    .isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
            assertThat(worker.find("#currentPassword").getAttribute("value")).as("passwords are not kept").isEmpty();
            worker.assertAccessible().capture("my-account-refused");

            worker.type("currentPassword", generated).type("newPassword", NEW_PASSWORD)
                    .type("confirmPassword", NEW_PASSWORD);
            worker.find("form[action$='/account/password'] button").click();
            assertThat(worker.await("[role=status]").getText()).isEqualTo("Votre mot de passe est changé.");
            worker.assertAccessible().capture("my-account-changed");
            worker.find("form[data-sign-out] button").click();
            worker.waiting().until(d -> worker.path().startsWith("/login"));
            worker.signIn(WORKER, NEW_PASSWORD);
            assertThat(worker.path()).isEqualTo("/");

            // the administrator disables the account: the open session ends, and signing in is refused
            admin.go("/admin/accounts/" + WORKER);
            admin.find("button[data-disable]").click();
            // the page before the click shows the state too: wait for the answer's
            admin.waiting().until(d -> "Désactivé".equals(admin.find("[data-account-state]").getText()));
            admin.assertAccessible().capture("admin-account-disabled");

            worker.go("/account");
            assertThat(worker.path()).as("the session ended").startsWith("/login");
            worker.type("username", WORKER).type("password", NEW_PASSWORD);
            worker.find("form[action$='/login'] button[type=submit]").click();
            assertThat(worker.await("[role=alert]").getText())
                    .isEqualTo("Nom d’utilisateur ou mot de passe incorrect.");

            admin.go("/admin/accounts/changes");
            assertThat(admin.findAll("tr[data-change]")).extracting(row -> row.getText().contains(WORKER))
                    .startsWith(true, true, true);
            String journal = admin.find("table").getText();
            assertThat(journal).contains("Compte désactivé").contains("Mot de passe changé par la personne")
                    .contains("Compte créé").doesNotContain(generated).doesNotContain(NEW_PASSWORD);
            admin.assertAccessible().capture("admin-account-changes");
        }
    }

    private record WebElementText(String text) {
    }
}
