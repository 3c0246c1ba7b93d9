package qc.logbook.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import qc.logbook.privacy.SealedJson;

/** Reads the audit views straight from the event table: the event store is the record, read models are not. */
@Service
public class AuditJournal {

    /** Free-text fields never shown by the audit (personal data). */
    static final Set<String> FREE_TEXT = Set.of("notes");
    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, payload_type, payload_revision, time_stamp, meta_data, payload";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    AuditJournal(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the journal; every one optional. */
    public record Filter(Instant from, Instant to, List<String> eventTypes, String aggregateId, String aggregateType,
                  String userId) {
    }

    List<AuditEvent> timeline(String aggregateId) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where aggregate_identifier = :id "
                + "order by sequence_number", new MapSqlParameterSource("id", aggregateId), this::row);
    }

    public AuditPage journal(Filter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<AuditEvent> items = jdbc.query("select " + COLUMNS + " from domain_event_entry" + where
                + " order by global_index limit :limit offset :offset", params, this::row);
        long count = total == null ? 0 : total;
        return new AuditPage(items, page, size, count, (count + size - 1) / size);
    }

    private static String where(Filter filter, MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>();
        if (filter.from() != null) {
            clauses.add("cast(time_stamp as timestamptz) >= :from");
            params.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            clauses.add("cast(time_stamp as timestamptz) <= :to");
            params.addValue("to", Timestamp.from(filter.to()));
        }
        if (filter.eventTypes() != null && !filter.eventTypes().isEmpty()) {
            // a simple name (InterventionRecordedEvent) or a fully qualified one
            clauses.add("(payload_type in (:types) or substring(payload_type from '[^.]+$') in (:types))");
            params.addValue("types", filter.eventTypes());
        }
        if (filter.aggregateId() != null) {
            clauses.add("aggregate_identifier = :aggregateId");
            params.addValue("aggregateId", filter.aggregateId());
        }
        if (filter.aggregateType() != null) {
            clauses.add("type = :aggregateType");
            params.addValue("aggregateType", filter.aggregateType());
        }
        if (filter.userId() != null) {
            clauses.add("cast(convert_from(meta_data, 'UTF8') as jsonb) ->> 'userId' = :userId");
            params.addValue("userId", filter.userId());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private AuditEvent row(ResultSet rs, int rowNum) throws SQLException {
        String payloadType = rs.getString("payload_type");
        try {
            byte[] metaData = rs.getBytes("meta_data");
            Map<String, Object> metadata = metaData == null ? Map.of()
                    : json.readValue(metaData, new TypeReference<Map<String, Object>>() { });
            JsonNode payload = json.readTree(rs.getBytes("payload"));
            withoutFreeText(payload);
            return new AuditEvent(rs.getLong("global_index"), rs.getString("type"),
                    rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                    rs.getString("event_identifier"), payloadType.substring(payloadType.lastIndexOf('.') + 1),
                    payloadType, rs.getString("payload_revision"), Instant.parse(rs.getString("time_stamp")),
                    metadata, payload);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable stored event at " + rs.getLong("global_index"), e);
        }
    }

    /** Notes out, and sealed personal data (the tenant reference) out: the audit shows who did what, not to whom. */
    static void withoutFreeText(JsonNode node) {
        SealedJson.strip(node);
        if (node instanceof ObjectNode object) {
            object.remove(FREE_TEXT);
            object.forEach(AuditJournal::withoutFreeText);
        } else if (node != null && node.isArray()) {
            node.forEach(AuditJournal::withoutFreeText);
        }
    }
}
