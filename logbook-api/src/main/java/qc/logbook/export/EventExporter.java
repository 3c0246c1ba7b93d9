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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import qc.logbook.privacy.SealedJson;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the event history as NDJSON, one event a line in global order: {@code globalSequence}, {@code type},
 * {@code revision}, {@code timestamp}, {@code aggregate} (type, id, sequence), {@code userId}, {@code commandName}
 * and {@code payload} as stored (in its stored revision). De-identified by default: identifiers are keyed hashes unique
 * to the export (see {@link Pseudonymizer}); free text is never exported. The manifest is stored when the stream ends.
 */
@Service
class EventExporter {

    static final String FORMAT = "ndjson; one event a line: globalSequence, type, revision, timestamp, "
            + "aggregate{type,id,sequence}, userId, commandName, payload";
    static final String NOTICE = "Identifiers (people, interventions, referrals…) are HMAC-SHA-256 hashes under a key "
            + "drawn for this export and destroyed after it: they link events within this export only. Free text "
            + "(notes, reasons) is left out. Payloads are as stored, in the revision given on each line.";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ManifestStore manifests;
    private final ExportProperties properties;
    private final String version;
    private final ObjectMapper json = new ObjectMapper();

    private final SealedJson sealed;

    EventExporter(DataSource dataSource, PlatformTransactionManager transactions, ManifestStore manifests,
                  ExportProperties properties, ObjectProvider<BuildProperties> build, SealedJson sealed) {
        this.sealed = sealed;
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

    record Request(Instant from, Instant to, List<String> eventTypes, boolean deidentify) {
    }

    /** Registers a new export (manifest {@code IN_PROGRESS}) and returns it. */
    ExportManifest start(Request request) {
        Instant now = Instant.now();
        Instant effectiveTo = request.to() != null ? request.to() : now.minus(properties.settleTime());
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        ExportManifest manifest = new ExportManifest(UUID.randomUUID().toString(), "events", "IN_PROGRESS", now, null,
                request.from(), request.to(), effectiveTo, request.eventTypes(), request.deidentify(), 0, null, null,
                head == null ? 0 : head, Map.of(), null, version, FORMAT, NOTICE);
        manifests.save(manifest);
        return manifest;
    }

    /** Writes the export to {@code out} and stores the completed (or failed) manifest. */
    ExportManifest write(ExportManifest started, OutputStream out) {
        Pseudonymizer pseudonyms = new Pseudonymizer(properties, started.deidentified());
        MessageDigest sha256 = sha256();
        long[] count = {0};
        Long[] range = {null, null};
        Map<String, Long> byType = new TreeMap<>();
        try {
            DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(out, 1 << 16), sha256);
            List<Object> params = new ArrayList<>();
            String sql = query(started, params);
            readOnly.executeWithoutResult(status -> jdbc.query(sql, rs -> {
                try {
                    ObjectNode line = json.createObjectNode();
                    long sequence = rs.getLong("global_index");
                    String payloadType = rs.getString("payload_type");
                    String type = payloadType.substring(payloadType.lastIndexOf('.') + 1);
                    line.put("globalSequence", sequence);
                    line.put("type", type);
                    line.put("revision", rs.getString("payload_revision"));
                    line.put("timestamp", Instant.parse(rs.getString("time_stamp")).toString());
                    ObjectNode aggregate = line.putObject("aggregate");
                    aggregate.put("type", rs.getString("type"));
                    aggregate.put("id", pseudonyms.id(rs.getString("aggregate_identifier")));
                    aggregate.put("sequence", rs.getLong("sequence_number"));
                    byte[] metaData = rs.getBytes("meta_data");
                    JsonNode metadata = metaData == null ? json.createObjectNode() : json.readTree(metaData);
                    line.put("userId", pseudonyms.id(metadata.path("userId").asText(null)));
                    line.put("commandName", metadata.path("commandName").asText(null));
                    JsonNode payload = json.readTree(rs.getBytes("payload"));
                    // Sealed tenant references are opened only to be hashed (or shown as erased); notes stay out.
                    sealed.openTenants(payload, tenant -> tenant);
                    pseudonyms.payload(payload);
                    line.set("payload", payload);
                    digest.write(json.writeValueAsBytes(line));
                    digest.write('\n');
                    count[0]++;
                    if (range[0] == null) {
                        range[0] = sequence;
                    }
                    range[1] = sequence;
                    byType.merge(type, 1L, Long::sum);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, params.toArray()));
            digest.flush();
            ExportManifest done = finished(started, "COMPLETED", count[0], range, byType,
                    HexFormat.of().formatHex(sha256.digest()));
            manifests.save(done);
            return done;
        } catch (RuntimeException | IOException e) {
            manifests.save(finished(started, "FAILED", count[0], range, byType, null));
            throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
        }
    }

    private static String query(ExportManifest export, List<Object> params) {
        StringBuilder sql = new StringBuilder("select global_index, type, aggregate_identifier, sequence_number, "
                + "payload_type, payload_revision, time_stamp, meta_data, payload from domain_event_entry "
                + "where cast(time_stamp as timestamptz) <= ?");
        params.add(Timestamp.from(export.effectiveTo()));
        if (export.from() != null) {
            sql.append(" and cast(time_stamp as timestamptz) >= ?");
            params.add(Timestamp.from(export.from()));
        }
        if (export.eventTypes() != null && !export.eventTypes().isEmpty()) {
            sql.append(" and (");
            for (int i = 0; i < export.eventTypes().size(); i++) {
                sql.append(i == 0 ? "" : " or ").append("payload_type = ? or substring(payload_type from '[^.]+$') = ?");
                params.add(export.eventTypes().get(i));
                params.add(export.eventTypes().get(i));
            }
            sql.append(')');
        }
        return sql.append(" order by global_index").toString();
    }

    private static ExportManifest finished(ExportManifest s, String state, long count, Long[] range,
                                           Map<String, Long> byType, String sha256) {
        return new ExportManifest(s.exportId(), s.kind(), state, s.createdAt(), Instant.now(), s.from(), s.to(),
                s.effectiveTo(), s.eventTypes(), s.deidentified(), count, range[0], range[1], s.storeHead(),
                Map.copyOf(byType), sha256, s.softwareVersion(), s.format(), s.notice());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
