package qc.logbook.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes revision-1 intervention events straight into {@code domain_event_entry}, as rows the way the first release
 * wrote them (before {@code InterventionDetails.followUpPlanned}), or rows of a later but still older revision, for
 * the tests of everything that reads them through the upcasters.
 */
public final class RevisionOneRows {

    /** The {@code userId} metadata of every row written here. */
    public static final String LEGACY_USER = "legacy-import";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RevisionOneRows() {
    }

    /** Inserts one revision-1 event of {@code type} (simple name, in {@code qc.logbook.intervention.api}). */
    public static void insert(JdbcTemplate jdbc, UUID aggregate, long sequence, String type,
                              Map<String, Object> payload) throws JsonProcessingException {
        insert(jdbc, aggregate, sequence, type, payload, "1");
    }

    /**
     * Inserts one event of {@code type} stored under an older {@code revision} (e.g. revision 2 of the events
     * carrying details, before {@code participants}).
     */
    public static void insert(JdbcTemplate jdbc, UUID aggregate, long sequence, String type,
                              Map<String, Object> payload, String revision) throws JsonProcessingException {
        Map<String, Object> metadata = Map.of("userId", LEGACY_USER, "commandName", "LegacyImport",
                "correlationId", UUID.randomUUID().toString());
        jdbc.update("insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "meta_data, payload, payload_revision, payload_type, time_stamp) "
                        + "values (?, ?, 'Intervention', ?, ?, ?, ?, ?, ?)",
                aggregate.toString(), sequence, UUID.randomUUID().toString(),
                JSON.writeValueAsString(metadata).getBytes(StandardCharsets.UTF_8),
                JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8), revision,
                "qc.logbook.intervention.api." + type, DateTimeUtils.formatInstant(Instant.now()));
    }

    /** The stored (revision-1) shape of InterventionDetails: no followUpPlanned. A new, mutable map. */
    public static Map<String, Object> interventionDetails(LocalDate day) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", day.toString());
        details.put("worker", "W-LEGACY");
        details.put("workerRole", "HOUSING_OFFICE_STAFF");
        details.put("region", "CHAUDIERE_APPALACHES");
        details.put("territory", "LES-ETCHEMINS");
        details.put("housingOrganisation", "OMH des Etchemins");
        details.put("tenure", "HLM_OMH");
        details.put("mode", "INDIVIDUAL");
        details.put("targetGroups", List.of("SENIORS"));
        details.put("ageGroups", List.of());
        details.put("durationMinutes", 40);
        details.put("supportCategories", List.of("INFORMATION_AND_REFERRAL"));
        details.put("tenant", "T-LEGACY");
        return details;
    }
}
