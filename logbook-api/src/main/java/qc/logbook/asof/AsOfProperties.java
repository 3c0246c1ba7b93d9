package qc.logbook.asof;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the point-in-time reads.
 *
 * @param checkpoints      whether the referral breakdown's checkpoints are built (off: every "as of" folds the whole
 *                         history, as the baseline does)
 * @param checkpointEvery  events of the global stream between two checkpoints at first
 * @param maxCheckpoints   checkpoints kept at most: past it every other one is dropped and the spacing doubles
 * @param buildDelay       how long after start the first checkpoints are built (the start is not slowed)
 * @param refreshEvery     how often new events are looked for, to take further checkpoints
 */
@ConfigurationProperties("logbook.as-of")
public record AsOfProperties(Boolean checkpoints, Integer checkpointEvery, Integer maxCheckpoints, Duration buildDelay,
                             Duration refreshEvery) {

    public AsOfProperties {
        checkpoints = checkpoints == null || checkpoints;
        checkpointEvery = checkpointEvery == null ? 10_000 : checkpointEvery;
        maxCheckpoints = maxCheckpoints == null ? 128 : maxCheckpoints;
        buildDelay = buildDelay == null ? Duration.ofSeconds(30) : buildDelay;
        refreshEvery = refreshEvery == null ? Duration.ofMinutes(1) : refreshEvery;
        if (checkpointEvery < 1 || maxCheckpoints < 2) {
            throw new IllegalArgumentException("logbook.as-of: checkpoint-every >= 1 and max-checkpoints >= 2");
        }
    }
}
