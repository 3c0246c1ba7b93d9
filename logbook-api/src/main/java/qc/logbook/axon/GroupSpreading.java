package qc.logbook.axon;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Spreads the processing groups over the nodes. Every group has one segment (application.yml), so a group is
 * handled by one node at a time, and Axon 4 leaves it to whichever node claims it first: the first node to start
 * would keep them all. Here each node says it is alive (a row in {@code processing_node}, every 5 s), and a node
 * holding more groups than its fair share (the number of groups divided by the nodes seen in the last 15 s, rounded
 * up) releases the surplus for 30 s; the other nodes' processors, which try to claim unclaimed segments every 5 s,
 * take them over. A node that dies stops saying it is alive, its claims lapse after the claim timeout, and the
 * others take its groups over, beyond their share if need be (docs/operations.md).
 */
@Component
@ConditionalOnProperty(prefix = "logbook.processing", name = "spread-groups", havingValue = "true",
        matchIfMissing = true)
class GroupSpreading implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupSpreading.class);
    private static final long HEARTBEAT_SECONDS = 5;
    private static final long ALIVE_SECONDS = 15;
    private static final long REBALANCE_SECONDS = 10;
    private static final long RELEASE_SECONDS = 30;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    /** The name Axon's token store writes as the owner of this node's claims. */
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "group-spreading");
        thread.setDaemon(true);
        return thread;
    });

    GroupSpreading(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        schedule.scheduleAtFixedRate(this::heartbeat, 0, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        schedule.scheduleWithFixedDelay(this::rebalance, REBALANCE_SECONDS, REBALANCE_SECONDS, TimeUnit.SECONDS);
    }

    private void heartbeat() {
        try {
            jdbc.update("INSERT INTO processing_node (node_id, last_seen) VALUES (?, now())"
                    + " ON CONFLICT (node_id) DO UPDATE SET last_seen = now()", nodeId);
            // Nodes gone for an hour: pids and host names are not reused for anything else here.
            jdbc.update("DELETE FROM processing_node WHERE last_seen < now() - interval '1 hour'");
        } catch (RuntimeException e) {
            log.warn("Could not record this node as alive: {}", e.getClass().getSimpleName());
        }
    }

    void rebalance() {
        try {
            long nodes = Math.max(1, jdbc.queryForObject("SELECT count(*) FROM processing_node"
                    + " WHERE last_seen > now() - make_interval(secs => ?)", Long.class, ALIVE_SECONDS));
            Map<String, StreamingEventProcessor> groups = processing.eventProcessors().entrySet().stream()
                    .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            entry -> (StreamingEventProcessor) entry.getValue()));
            long fairShare = (groups.size() + nodes - 1) / nodes;
            List<String> mine = groups.entrySet().stream()
                    .filter(entry -> !entry.getValue().processingStatus().isEmpty())
                    .map(Map.Entry::getKey)
                    .sorted(Comparator.reverseOrder())
                    .toList();
            for (String group : mine.subList(0, (int) Math.max(0, mine.size() - fairShare))) {
                log.info("Releasing {} for another node: this node handles {} of {} groups, {} nodes are alive",
                        group, mine.size(), groups.size(), nodes);
                StreamingEventProcessor processor = groups.get(group);
                processor.processingStatus().keySet()
                        .forEach(segment -> processor.releaseSegment(segment, RELEASE_SECONDS, TimeUnit.SECONDS));
            }
        } catch (RuntimeException e) {
            log.warn("Could not spread the processing groups: {}", e.getClass().getSimpleName());
        }
    }

    /** A clean stop: the others need not wait for this node's row to age before counting without it. */
    @Override
    public void destroy() {
        schedule.shutdownNow();
        try {
            jdbc.update("DELETE FROM processing_node WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            // the database may already be gone; the row ages out
        }
    }
}
