package qc.logbook.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on the event processors' database transactions ({@code logbook.processing.*}), so that a frozen node (a long
 * GC pause, a stopped VM, a hung process whose connections stay open) cannot hold the token rows of the groups it was
 * processing for longer than that; see docs/operations.md.
 *
 * @param idleInTransactionTimeout PostgreSQL ends a processor session that sits idle inside its transaction this
 *                                 long (releasing its locks on the token rows); default 20 s, well above the time a
 *                                 live batch spends between two statements
 * @param lockTimeout              a processor statement (a claim, a token update) waiting this long for a row lock
 *                                 fails, and the processor retries later instead of waiting without limit; default 5 s
 * @param spreadGroups             a node handles at most its fair share of the processing groups and releases the
 *                                 surplus to the other nodes ({@link GroupSpreading}); default true
 */
@ConfigurationProperties("logbook.processing")
public record ProcessingProperties(Duration idleInTransactionTimeout, Duration lockTimeout, Boolean spreadGroups) {

    public ProcessingProperties {
        spreadGroups = spreadGroups == null || spreadGroups;
        idleInTransactionTimeout = idleInTransactionTimeout == null ? Duration.ofSeconds(20) : idleInTransactionTimeout;
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(5) : lockTimeout;
    }
}
