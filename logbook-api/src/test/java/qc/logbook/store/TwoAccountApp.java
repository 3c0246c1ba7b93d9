package qc.logbook.store;

import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import qc.logbook.LogbookApplication;

/**
 * The application on embedded stores in a data directory of a test's own, with a worker of LA-NOUVELLE-BEAUCE
 * ({@code worker-1}) and an administrator ({@code admin-1}): what the restart tests start, stop and start again.
 */
final class TwoAccountApp {

    private TwoAccountApp() {
    }

    static ConfigurableApplicationContext start(Path dataDir, String passwordHash) {
        // Command-line arguments, not default properties: application.yml would win over those.
        return new SpringApplicationBuilder(LogbookApplication.class)
                .run("--server.port=0", "--logbook.store.data-dir=" + dataDir,
                        "--logbook.security.users[0].username=worker-1",
                        "--logbook.security.users[0].password-hash=" + passwordHash,
                        "--logbook.security.users[0].roles=WORKER",
                        "--logbook.security.users[0].territories=LA-NOUVELLE-BEAUCE",
                        "--logbook.security.users[1].username=admin-1",
                        "--logbook.security.users[1].password-hash=" + passwordHash,
                        "--logbook.security.users[1].roles=ADMIN",
                        "--logbook.security.users[1].territories=*");
    }
}
