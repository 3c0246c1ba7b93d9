package qc.logbook.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dead letters of the read-model processing groups: what is parked (the policy), how it is retried (on a schedule,
 * {@code logbook.dead-letters.retry-interval}, one minute by default, and on an admin's request), and how admins
 * see it: the {@code logbook.dead.letters} gauge per group and the {@code deadLetters} health component.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    GroupLocks groupLocks() {
        return new GroupLocks();
    }

    @Bean
    ConfigurerModule retryInPlaceUnlessTheEventItselfFails(GroupLocks locks) {
        RetryInPlacePolicy policy = new RetryInPlacePolicy();
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultDeadLetterPolicy(c -> policy)
                .registerDefaultHandlerInterceptor((c, group) -> locks.interceptor(group)));
    }

    @Bean
    DeadLetterRetries deadLetterRetries(EventProcessingConfiguration processing, GroupLocks locks,
                                        @Value("${logbook.dead-letters.retry-interval:1m}") Duration interval) {
        return new DeadLetterRetries(processing, locks, interval);
    }

    /** Registered once the processors exist; read at every scrape (one count query per group). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> deadLetterGauges(DeadLetterRetries retries, MeterRegistry registry) {
        return ready -> retries.groups().forEach(group -> {
            SequencedDeadLetterQueue<?> queue = retries.queue(group).orElseThrow();
            Gauge.builder("logbook.dead.letters", queue, q -> q.size())
                    .description("Events parked in the dead-letter queue of the processing group")
                    .tag("group", group)
                    .register(registry);
        });
    }

    /**
     * Parked letters do not make the service DOWN: it serves requests, and all but the parked sequences are current.
     * The component says how many there are per group, to admins (health details are shown to them only).
     */
    @Bean
    HealthIndicator deadLettersHealthIndicator(DeadLetterRetries retries) {
        return () -> {
            Map<String, Long> counts = retries.counts();
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            return Health.up().withDetail("parked", total).withDetail("byGroup", counts).build();
        };
    }
}
