package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import qc.logbook.LogbookApplication;

/**
 * A new installation with no user configured: the first start creates {@code admin} in the database and prints its
 * password once on the console; the next start, on the same stores, prints nothing and the password still works.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIntegrationTest {

    private static final Pattern PRINTED = Pattern.compile("with password (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartPrintsTheAdministratorPasswordOnceAndLaterStartsDoNot(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext app = start()) {
            Matcher printed = PRINTED.matcher(output.getOut());
            assertThat(printed.find()).as("the first start prints the password").isTrue();
            password = printed.group(1);
            assertThat(printed.find()).as("once").isFalse();
            assertThat(status(app, "admin", password)).isEqualTo(200);
            assertThat(status(app, "admin", password + "x")).isEqualTo(401);
        }
        int printedSoFar = output.getOut().length();

        try (ConfigurableApplicationContext app = start()) {
            assertThat(output.getOut().substring(printedSoFar)).doesNotContain("with password")
                    .doesNotContain(password);
            assertThat(status(app, "admin", password)).as("the same administrator").isEqualTo(200);
        }
        assertThat(output.getErr()).as("never in the log either").doesNotContain(password);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LogbookApplication.class)
                .run("--server.port=0", "--logbook.store.data-dir=" + dataDir);
    }

    private static int status(ConfigurableApplicationContext app, String username, String password) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port).build().get().uri("/api/v1/account")
                .headers(headers -> headers.setBasicAuth(username, password))
                .exchange((request, response) -> response.getStatusCode()).value();
    }
}
