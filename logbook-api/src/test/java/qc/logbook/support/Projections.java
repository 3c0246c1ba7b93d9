package qc.logbook.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Waiting for eventually consistent read models, the same way in every test. */
public final class Projections {

    private Projections() {
    }

    /** Polls until the assertion passes or ten seconds have gone. */
    public static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions();
    }
}
