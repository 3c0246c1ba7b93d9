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
 * @param batchLinger              after a batch of several events but fewer than {@link BatchLinger#FULL}, a processor
 *                                 waits this long before its next batch, so that events arriving meanwhile share it
 *                                 ({@link BatchLinger}); default 50 ms, 0 to start each batch at once
 */
@ConfigurationProperties("logbook.processing")
public record ProcessingProperties(Duration idleInTransactionTimeout, Duration lockTimeout, Boolean spreadGroups,
                                   Duration batchLinger) {

    public ProcessingProperties {
        batchLinger = batchLinger == null ? Duration.ofMillis(50) : batchLinger;
        if (batchLinger.isNegative()) {
            throw new IllegalArgumentException("logbook.processing.batch-linger must not be negative");
        }
        spreadGroups = spreadGroups == null || spreadGroups;
        idleInTransactionTimeout = idleInTransactionTimeout == null ? Duration.ofSeconds(20) : idleInTransactionTimeout;
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(5) : lockTimeout;
    }
}
