package qc.logbook.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full application test on real stores: MongoDB and PostgreSQL containers where Docker runs (Testcontainers), the
 * embedded default stores otherwise (a fresh data directory under {@code target/}). MockMvc requests run as a user
 * with every role in every territory unless a test names another one (see {@link TestUsers}). Every test class using this
 * annotation shares one application context, so tests must not assume empty stores: give each test its own ids,
 * territories or dates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "logbook.store.data-dir=target/test-stores/${random.uuid}")
@AutoConfigureMockMvc
@AutoConfigureObservability
@Import({ContainerStores.class, ReadModels.class, TestUsers.class})
public @interface LogbookIntegrationTest {
}
