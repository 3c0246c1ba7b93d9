package qc.logbook.deadletter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Parked events retried with Axon's dead-letter processing, on a schedule and on an admin's request, group by group,
 * on the node that holds the group's claim (the one whose processor handles the group's live events, see
 * {@link GroupLocks}). A sequence whose first letter now succeeds is handled to its end and leaves the queue, and the
 * read model gets the events it missed, in their order; one that fails again stays parked for the next round.
 */
public final class DeadLetterRetries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

    private final EventProcessingConfiguration processing;
    private final GroupLocks locks;
    private final Duration interval;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dead-letter-retries");
        thread.setDaemon(true);
        return thread;
    });

    DeadLetterRetries(EventProcessingConfiguration processing, GroupLocks locks, Duration interval) {
        this.processing = processing;
        this.locks = locks;
        this.interval = interval;
    }

    /**
     * What one retry of a group did.
     *
     * @param group          the processing group
     * @param handledHere    false when another node holds the group's claim (its own schedule retries them)
     * @param retried        sequences retried
     * @param succeeded      sequences handled to their end and removed from the queue
     * @param remaining      dead letters still parked in the group afterwards
     */
    public record Outcome(String group, boolean handledHere, int retried, int succeeded, long remaining) {
    }

    /** Parked letters per group that has a dead-letter queue. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        groups().forEach(group -> queue(group).ifPresent(queue -> counts.put(group, queue.size())));
        return counts;
    }

    /**
     * @param group       processing group
     * @param deadLetters events parked
     * @param sequences   sequences (aggregates) they block
     */
    public record GroupDeadLetters(String group, long deadLetters, long sequences) {
    }

    /** Every group with a dead-letter queue, in name order, with what it holds. */
    public List<GroupDeadLetters> perGroup() {
        return groups().stream().map(group -> queue(group)
                        .map(queue -> new GroupDeadLetters(group, queue.size(), queue.amountOfSequences()))
                        .orElseThrow())
                .toList();
    }

    public List<String> groups() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(group -> queue(group).isPresent()).toList();
    }

    Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    /** Retries every parked sequence of {@code group} once, if this node handles the group. */
    public Outcome retry(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElseThrow();
        if (!handledHere(group)) {
            return new Outcome(group, false, 0, 0, queue.size());
        }
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow();
        long sequences = queue.amountOfSequences();
        int retried = 0;
        int succeeded = 0;
        ReentrantLock lock = locks.of(group);
        // Each sequence once per round: a failing one is requeued behind the others, so the loop ends.
        for (long i = 0; i < sequences; i++) {
            lock.lock();
            try {
                retried++;
                if (letters.processAny()) {
                    succeeded++;
                }
            } catch (RuntimeException e) {
                log.warn("Retrying a dead letter of {} failed: {}", group, e.getClass().getSimpleName());
            } finally {
                lock.unlock();
            }
        }
        long remaining = queue.size();
        if (retried > 0) {
            log.info("Dead letters of {}: {} sequences retried, {} handled, {} letters still parked", group, retried,
                    succeeded, remaining);
        }
        return new Outcome(group, true, retried, succeeded, remaining);
    }

    private boolean handledHere(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty())
                .orElse(false);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSchedule() {
        schedule.scheduleWithFixedDelay(this::retryAll, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void retryAll() {
        for (String group : groups()) {
            try {
                if (queue(group).map(SequencedDeadLetterQueue::size).orElse(0L) > 0) {
                    retry(group);
                }
            } catch (RuntimeException e) {
                // The dead-letter table may be unreachable too: the next round tries again.
                log.warn("Could not retry the dead letters of {}: {}", group, e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
