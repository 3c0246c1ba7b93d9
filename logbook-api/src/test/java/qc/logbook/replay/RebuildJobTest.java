package qc.logbook.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildJobTest {

    @Test
    void estimatesTheTimeLeftFromTheRateSoFar() {
        RebuildJob job = new RebuildJob(List.of("referral-breakdown"));
        assertThat(job.estimatedSecondsLeft()).isNull();

        job.eventsTotal = 1_000_000;
        job.eventsDone.set(1_000);

        assertThat(job.eventsPerSecond()).isPositive();
        assertThat(job.estimatedSecondsLeft()).isPositive();
        assertThat(job.status().state()).isEqualTo(RebuildState.BUILDING);
    }

    @Test
    void hasNothingLeftOnceFinished() {
        RebuildJob job = new RebuildJob(List.of("referral-breakdown"));
        job.eventsTotal = 10;
        job.eventsDone.set(10);
        job.finishedAt = Instant.now();
        job.state = RebuildState.COMPLETED;

        assertThat(job.estimatedSecondsLeft()).isZero();
        assertThat(job.status().eventsDone()).isEqualTo(10);
    }
}
