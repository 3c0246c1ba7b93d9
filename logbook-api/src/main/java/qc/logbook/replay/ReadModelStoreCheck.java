package qc.logbook.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;
import qc.logbook.store.EmbeddedReadModelStore;

/**
 * At start, before the event processors start, the embedded read-model store is checked against the processors'
 * tokens (decision 0026). The events in PostgreSQL are the record; a read model whose store cannot show the effects of
 * every event its processor's token says was handled is marked for a rebuild from the events, which
 * {@link ReadModelUpgrades} starts once the application is ready:
 * <ul>
 *   <li>{@code store-missing}: there was no store file, while the tokens say events were handled;</li>
 *   <li>{@code store-unreadable}: the file could not be read (moved aside, a new store created);</li>
 *   <li>{@code behind-tokens}: a segment's position in the store is below its token (writes lost, e.g. a machine crash
 *   before the file reached the disk, or an older copy of the file put back);</li>
 *   <li>{@code no-positions}: the store holds no position at all (a store written before positions were kept);</li>
 *   <li>{@code rebuild-interrupted}: a rebuild marked at an earlier start had not switched.</li>
 * </ul>
 * Every read model of a processing group is rebuilt together: they share the group's token. The check runs before the
 * processors because they write the positions as they go; compared later, a store that lost writes and then handled
 * newer events would look current. With a real MongoDB (no embedded store) nothing is checked: acknowledged writes are
 * durable there before the tokens.
 */
@Component
class ReadModelStoreCheck {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStoreCheck.class);

    private final ReadModelRegistry registry;
    private final ReadModelGenerations generations;
    private final ObjectProvider<EmbeddedReadModelStore> store;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private volatile Map<String, String> damaged = Map.of();
    private volatile boolean checked;

    ReadModelStoreCheck(ReadModelRegistry registry, ReadModelGenerations generations,
                        ObjectProvider<EmbeddedReadModelStore> store, DataSource dataSource, Serializer serializer) {
        this.registry = registry;
        this.generations = generations;
        this.store = store;
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
    }

    /** Whether the store was checked (an embedded store). */
    boolean checked() {
        return checked;
    }

    /** The read models found damaged at start, each with its reason. */
    Map<String, String> damaged() {
        return damaged;
    }

    /** Runs the check; called before the processors start. */
    synchronized Map<String, String> check() {
        EmbeddedReadModelStore embedded = store.getIfAvailable();
        if (embedded == null) {
            return Map.of();
        }
        Long first = jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry", Long.class);
        Map<String, Map<Integer, Long>> tokens = tokenPositions();
        Map<String, List<RebuildableReadModel>> groups = registry.all().values().stream()
                .collect(Collectors.groupingBy(RebuildableReadModel::processingGroup, TreeMap::new,
                        Collectors.toList()));
        Map<String, Long> repairs = embedded.repairs();
        Map<String, String> found = new LinkedHashMap<>();
        groups.forEach((group, models) -> {
            String reason = reason(embedded, group, tokens.getOrDefault(group, Map.of()), first);
            for (RebuildableReadModel model : models) {
                Long marked = repairs.get(model.readModelName());
                if (marked == null) {
                    continue;
                }
                if (generations.active(model.readModelName()) > marked) {
                    embedded.clearRepair(model.readModelName());
                } else if (reason == null) {
                    reason = "rebuild-interrupted";
                }
            }
            if (reason != null) {
                for (RebuildableReadModel model : models) {
                    found.put(model.readModelName(), reason);
                    embedded.markRepair(model.readModelName(), generations.active(model.readModelName()));
                }
            }
        });
        embedded.commit();
        checked = true;
        damaged = Map.copyOf(found);
        if (found.isEmpty()) {
            log.info("Read-model store checked against the processors' tokens: current");
        } else {
            log.warn("Read-model store checked against the processors' tokens: rebuilding from the events {}", found);
        }
        return damaged;
    }

    private static String reason(EmbeddedReadModelStore store, String group, Map<Integer, Long> segments,
                                 Long first) {
        // a token before the first event (or none) stands for no handled event: nothing can be missing
        boolean handled = first != null && segments.values().stream().anyMatch(position -> position >= first);
        if (!handled) {
            return null;
        }
        return switch (store.opening()) {
            case CREATED -> "store-missing";
            case REPLACED -> "store-unreadable";
            case OPENED -> {
                if (!store.hasPositions()) {
                    yield "no-positions";
                }
                boolean behind = segments.entrySet().stream().anyMatch(segment -> segment.getValue() >= first
                        && store.position(group, segment.getKey()).orElse(Long.MIN_VALUE) < segment.getValue());
                yield behind ? "behind-tokens" : null;
            }
        };
    }

    /** Each processor's segments and their tokens' positions, read without claiming them. */
    private Map<String, Map<Integer, Long>> tokenPositions() {
        Map<String, Map<Integer, Long>> positions = new TreeMap<>();
        jdbc.query("SELECT processor_name, segment, token, token_type FROM token_entry", row -> {
            byte[] bytes = row.getBytes("token");
            String type = row.getString("token_type");
            if (bytes == null || type == null) {
                return;
            }
            TrackingToken token;
            try {
                token = serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
            } catch (RuntimeException unreadable) {
                // a token this version cannot read: its processor will say so when it starts; nothing to compare
                log.warn("Token of {} not read for the store check: {}", row.getString("processor_name"),
                        unreadable.getClass().getName());
                return;
            }
            if (token != null && token.position().isPresent()) {
                positions.computeIfAbsent(row.getString("processor_name"), name -> new TreeMap<>())
                        .put(row.getInt("segment"), token.position().getAsLong());
            }
        });
        return positions;
    }

    /** Axon starts the processors in this phase; the check runs just before. */
    @Configuration(proxyBeanMethods = false)
    static class BeforeProcessors {

        @Bean
        ConfigurerModule readModelStoreCheckBeforeProcessors(ObjectProvider<ReadModelStoreCheck> check) {
            return configurer -> configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
                try {
                    check.getObject().check();
                } catch (RuntimeException e) {
                    // the check guards the figures; the service still starts without it (class only: no data)
                    log.error("Read-model store not checked against the processors' tokens: {}",
                            e.getClass().getName());
                }
            });
        }
    }
}
