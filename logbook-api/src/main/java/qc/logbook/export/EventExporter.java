package qc.logbook.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import qc.logbook.domain.AuditMetadata;
import qc.logbook.privacy.SealedJson;

/**
 * Streams the event history as NDJSON, one event a line in global order: {@code globalSequence}, {@code type},
 * {@code revision}, {@code timestamp}, {@code aggregate} (type, id, sequence), {@code userId}, {@code commandName}
 * and {@code payload}. Every stored event goes through Axon's configured upcaster chain (the one the storage engine
 * reads replays through), so each event type has one shape, its current revision, across the whole export; stored rows
 * are never changed. De-identified by default: identifiers are keyed hashes unique to the export (see
 * {@link Pseudonymizer}); free text is never exported. The manifest is stored when the stream ends.
 */
@Service
public class EventExporter {

    static final String FORMAT = "ndjson; one event a line: globalSequence, type, revision, timestamp, "
            + "aggregate{type,id,sequence}, userId, commandName, payload";
    static final String NOTICE = "Identifiers (people, interventions, referrals…) are HMAC-SHA-256 hashes under a key "
            + "drawn for this export and destroyed after it: they link events within this export only. Free text "
            + "(notes, reasons) is left out. Payloads are upcast to the current revision of their event type, the "
            + "one given on each line and in payloadRevisions; stored events are unchanged.";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ManifestStore manifests;
    private final ExportProperties properties;
    private final String version;
    private final ObjectMapper json = new ObjectMapper();
    private final SealedJson sealed;
    private final Configuration axon;

    EventExporter(DataSource dataSource, PlatformTransactionManager transactions, ManifestStore manifests,
                  ExportProperties properties, ObjectProvider<BuildProperties> build, SealedJson sealed,
                  Configuration axon) {
        this.sealed = sealed;
        this.axon = axon;
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result set through a cursor only inside a transaction and with a fetch size
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.manifests = manifests;
        this.properties = properties;
        BuildProperties info = build.getIfAvailable();
        this.version = info == null ? "unknown" : info.getGroup() + ":" + info.getArtifact() + ":" + info.getVersion()
                + (info.getTime() == null ? "" : " (built " + info.getTime() + ")");
    }

    public record Request(Instant from, Instant to, List<String> eventTypes, boolean deidentify) {
    }

    /** Registers a new export (manifest {@code IN_PROGRESS}) and returns it. */
    public ExportManifest start(Request request) {
        Instant now = Instant.now();
        Instant effectiveTo = request.to() != null ? request.to() : now.minus(properties.settleTime());
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        ExportManifest manifest = new ExportManifest(UUID.randomUUID().toString(), "events", "IN_PROGRESS", now, null,
                request.from(), request.to(), effectiveTo, request.eventTypes(), request.deidentify(), 0, null, null,
                head == null ? 0 : head, Map.of(), Map.of(), null, version, FORMAT, NOTICE);
        manifests.save(manifest);
        return manifest;
    }

    /** Writes the export to {@code out} and stores the completed (or failed) manifest. */
    public ExportManifest write(ExportManifest started, OutputStream out) {
        Pseudonymizer pseudonyms = new Pseudonymizer(properties, started.deidentified());
        Serializer serializer = axon.eventSerializer();
        EventUpcaster upcasters = axon.upcasterChain();
        CurrentRevisions revisions = new CurrentRevisions(serializer);
        byte[] noMetaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        MessageDigest sha256 = sha256();
        Tally tally = new Tally();
        try {
            DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(out, 1 << 16), sha256);
            List<Object> params = new ArrayList<>();
            String sql = query(started, params);
            readOnly.executeWithoutResult(status -> {
                // A lazy stream from a database cursor through the lazy upcaster chain: one batch in memory at a time.
                try (Stream<IntermediateEventRepresentation> stored = jdbc.queryForStream(sql,
                        (rs, row) -> stored(rs, serializer, noMetaData), params.toArray());
                     Stream<IntermediateEventRepresentation> upcast = upcasters.upcast(stored)) {
                    upcast.filter(event -> selected(started.eventTypes(), event.getType().getName()))
                            .forEachOrdered(event -> writeLine(event, revisions, pseudonyms, digest, tally));
                }
            });
            digest.flush();
            ExportManifest done = finished(started, "COMPLETED", tally, HexFormat.of().formatHex(sha256.digest()));
            manifests.save(done);
            return done;
        } catch (RuntimeException | IOException e) {
            manifests.save(finished(started, "FAILED", tally, null));
            throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
        }
    }

    /** A stored row as Axon's storage engine hands it to the upcaster chain. */
    private static IntermediateEventRepresentation stored(ResultSet rs, Serializer serializer, byte[] noMetaData)
            throws SQLException {
        byte[] metaData = rs.getBytes("meta_data");
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("event_identifier"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), metaData == null ? noMetaData : metaData);
        return new InitialEventRepresentation(
                new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(rs.getLong("global_index")), entry),
                serializer);
    }

    private void writeLine(IntermediateEventRepresentation event, CurrentRevisions revisions,
                           Pseudonymizer pseudonyms, OutputStream digest, Tally tally) {
        try {
            String type = simpleName(event.getType().getName());
            String revision = revisions.require(event.getType());
            long sequence = event.getTrackingToken().map(token -> ((GlobalSequenceTrackingToken) token)
                    .getGlobalIndex()).orElseThrow();
            ObjectNode line = json.createObjectNode();
            line.put("globalSequence", sequence);
            line.put("type", type);
            line.put("revision", revision);
            line.put("timestamp", event.getTimestamp().toString());
            ObjectNode aggregate = line.putObject("aggregate");
            aggregate.put("type", event.getAggregateType().orElse(null));
            aggregate.put("id", pseudonyms.id(event.getAggregateIdentifier().orElse(null)));
            aggregate.put("sequence", event.getSequenceNumber().orElse(0L));
            MetaData metadata = event.getMetaData().getObject();
            line.put(AuditMetadata.USER_ID, pseudonyms.id(Objects.toString(metadata.get(AuditMetadata.USER_ID), null)));
            line.put("commandName", Objects.toString(metadata.get("commandName"), null));
            JsonNode payload = event.getData(JsonNode.class).getData();
            // Sealed tenant references are opened only to be hashed (or shown as erased); notes stay out.
            sealed.openTenants(payload, tenant -> tenant);
            pseudonyms.payload(payload);
            line.set("payload", payload);
            digest.write(json.writeValueAsBytes(line));
            digest.write('\n');
            tally.add(sequence, type, revision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Events are selected by type after upcasting, on the type they are read as today, so that a type renamed by an
     * upcaster still brings its older events along.
     */
    private static boolean selected(List<String> eventTypes, String type) {
        return eventTypes == null || eventTypes.isEmpty()
                || eventTypes.contains(type) || eventTypes.contains(simpleName(type));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String query(ExportManifest export, List<Object> params) {
        StringBuilder sql = new StringBuilder("select global_index, type, aggregate_identifier, sequence_number, "
                + "event_identifier, payload_type, payload_revision, time_stamp, meta_data, payload "
                + "from domain_event_entry where cast(time_stamp as timestamptz) <= ?");
        params.add(Timestamp.from(export.effectiveTo()));
        if (export.from() != null) {
            sql.append(" and cast(time_stamp as timestamptz) >= ?");
            params.add(Timestamp.from(export.from()));
        }
        return sql.append(" order by global_index").toString();
    }

    private static ExportManifest finished(ExportManifest s, String state, Tally tally, String sha256) {
        return new ExportManifest(s.exportId(), s.kind(), state, s.createdAt(), Instant.now(), s.from(), s.to(),
                s.effectiveTo(), s.eventTypes(), s.deidentified(), tally.count, tally.first, tally.last,
                s.storeHead(), Map.copyOf(tally.byType), Map.copyOf(tally.revisions), sha256, s.softwareVersion(),
                s.format(), s.notice());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What has been written so far, for the manifest. */
    private static final class Tally {
        private long count;
        private Long first;
        private Long last;
        private final Map<String, Long> byType = new TreeMap<>();
        private final Map<String, String> revisions = new TreeMap<>();

        void add(long sequence, String type, String revision) {
            count++;
            if (first == null) {
                first = sequence;
            }
            last = sequence;
            byType.merge(type, 1L, Long::sum);
            if (revision != null) {
                revisions.put(type, revision);
            }
        }
    }
}
