package qc.logbook.asof;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;
import qc.logbook.axon.EventSerializers;

/**
 * Reads selected events straight from the event table, in global order, through the application's upcaster chain and
 * its event serializer's mapper, with personal data (notes, tenant references) read as erased without opening a key:
 * no point-in-time fold needs them, and opening them costs a key lookup per subject. The point-in-time reads need a slice of the history — the events of some types, after a position, up to an instant,
 * or of some aggregates — which Axon's storage engine has no query for.
 *
 * <p>Types are selected in SQL by their stored name (the handled classes' names): an upcaster that renamed an event
 * type would need the old name added to {@link #storedNames}.
 */
@Component
class StoredEvents {

    /** Aggregates per query when reading some aggregates' events. */
    private static final int IDS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final byte[] noMetaData;

    StoredEvents(JdbcTemplate jdbc, org.axonframework.config.Configuration axon,
                 Jackson2ObjectMapperBuilder mappers) {
        this.jdbc = jdbc;
        // no fold of a point-in-time read needs notes or tenant references: they read as erased, no key looked up
        this.serializer = EventSerializers.withoutPersonalData(mappers);
        this.upcasters = axon.upcasterChain();
        this.noMetaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
    }

    /** The stored type names of the events that {@code handlers}' {@code @EventHandler} methods take. */
    static Set<String> storedNames(Object handlers) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type = handlers.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                EventHandler annotation = method.getAnnotation(EventHandler.class);
                if (annotation != null) {
                    names.add(annotation.payloadType() != Object.class ? annotation.payloadType().getName()
                            : method.getParameterTypes()[0].getName());
                }
            }
        }
        return names;
    }

    /**
     * The events of these types after global position {@code after} ({@code 0}: from the start) with a timestamp up to
     * {@code upTo} ({@code null}: any), in global order.
     */
    List<DomainEventMessage<?>> after(long after, Instant upTo, Set<String> types) {
        return after(after, List.of(), upTo, types);
    }

    /**
     * As {@link #after(long, Instant, Set)}, reading only the positions in the ranges {@code (first, last]} given
     * (index range scans of the primary key, however long the history around them).
     */
    List<DomainEventMessage<?>> after(long after, List<long[]> within, Instant upTo, Set<String> types) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where global_index > ?");
        params.add(after);
        if (!within.isEmpty()) {
            sql.append(" and (");
            for (int i = 0; i < within.size(); i++) {
                sql.append(i == 0 ? "" : " or ").append("(global_index > ? and global_index <= ?)");
                params.add(within.get(i)[0]);
                params.add(within.get(i)[1]);
            }
            sql.append(')');
        }
        if (upTo != null) {
            // coarse in SQL (PostgreSQL keeps microseconds), exact below
            sql.append(" and cast(time_stamp as timestamptz) <= ?");
            params.add(Timestamp.from(upTo.plusMillis(1)));
        }
        sql.append(" and payload_type in (").append(marks(types.size())).append(')');
        params.addAll(types);
        sql.append(" order by global_index");
        List<DomainEventMessage<?>> events = read(sql.toString(), params);
        if (upTo != null) {
            events.removeIf(event -> event.getTimestamp().isAfter(upTo));
        }
        return events;
    }

    /** The events of these types of these aggregates up to global position {@code upTo}, in global order. */
    List<DomainEventMessage<?>> ofAggregates(Collection<String> aggregates, long upTo, Set<String> types) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        List<String> all = List.copyOf(aggregates);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            List<Object> params = new ArrayList<>(chunk);
            params.add(upTo);
            params.addAll(types);
            events.addAll(read(SELECT + " where aggregate_identifier in (" + marks(chunk.size())
                    + ") and global_index <= ? and payload_type in (" + marks(types.size())
                    + ") order by global_index", params));
        }
        // chunks each in global order; the aggregates are independent, so each one's events stay in its own order
        return events;
    }

    private static final String SELECT = "select global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, payload_type, payload_revision, time_stamp, meta_data, payload from domain_event_entry";

    private List<DomainEventMessage<?>> read(String sql, List<Object> params) {
        List<GenericDomainEventEntry<byte[]>> rows = jdbc.query(sql, (rs, row) -> entry(rs), params.toArray());
        List<DomainEventMessage<?>> events = new ArrayList<>(rows.size());
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), serializer,
                upcasters);
        stream.forEachRemaining(events::add);
        return events;
    }

    private GenericDomainEventEntry<byte[]> entry(ResultSet rs) throws SQLException {
        byte[] metaData = rs.getBytes("meta_data");
        return new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("event_identifier"), rs.getString("time_stamp"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                metaData == null ? noMetaData : metaData);
    }


    private static String marks(int count) {
        return String.join(",", java.util.Collections.nCopies(Math.max(1, count), "?"));
    }
}
