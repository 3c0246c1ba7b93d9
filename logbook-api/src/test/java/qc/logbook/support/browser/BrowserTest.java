package qc.logbook.support.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import qc.logbook.support.ContainerStores;

/**
 * A test of the pages in a real headless Chromium ({@link Browser}), against the whole application on a random port
 * with its own fresh stores. The users of {@link BrowserUsers} can sign in. Skipped, with a message naming the
 * packages, where Chromium and its driver are not installed; in CI ({@code CI=true}) they must be.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logbook.store.data-dir=target/test-stores/${random.uuid}",
        "logbook.security.users[0].username=" + BrowserUsers.ADMIN,
        "logbook.security.users[0].password-hash=" + BrowserUsers.HASH,
        "logbook.security.users[0].roles=ADMIN",
        "logbook.security.users[0].territories=*",
        "logbook.security.users[1].username=" + BrowserUsers.WORKER,
        "logbook.security.users[1].password-hash=" + BrowserUsers.HASH,
        "logbook.security.users[1].roles=WORKER",
        "logbook.security.users[1].territories=LEVIS,BELLECHASSE",
        "logbook.security.users[2].username=" + BrowserUsers.COORDINATOR,
        "logbook.security.users[2].password-hash=" + BrowserUsers.HASH,
        "logbook.security.users[2].roles=COORDINATOR",
        "logbook.security.users[2].territories=LEVIS,BELLECHASSE",
        "logbook.security.users[3].username=" + BrowserUsers.EVALUATOR,
        "logbook.security.users[3].password-hash=" + BrowserUsers.HASH,
        "logbook.security.users[3].roles=EVALUATOR",
        "logbook.security.users[3].territories=*"})
@Import(ContainerStores.class)
@ExtendWith(ChromiumInstalled.class)
public @interface BrowserTest {
}
