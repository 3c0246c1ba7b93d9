package qc.logbook.export;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import qc.logbook.domain.AuditMetadata;

/**
 * What the research export treats as a person identifier or as free text.
 *
 * @param personIdFields  fields whose values identify a person (or link to one) and are replaced by a keyed hash;
 *                        besides them, every field whose name ends in {@code Id} is hashed
 * @param keptIdFields    fields ending in {@code Id} that name no person and stay readable (reference codes)
 * @param freeTextFields  free-text fields, left out of every export (notes always, de-identified or not)
 * @param settleTime      without an explicit end, the export stops this long before it starts, so that events still
 *                        being committed cannot later appear inside its range
 */
@ConfigurationProperties("logbook.export")
public record ExportProperties(Set<String> personIdFields, Set<String> keptIdFields, Set<String> freeTextFields,
                               Duration settleTime) {

    public ExportProperties {
        personIdFields = personIdFields == null ? Set.of("worker", "tenant", "tenantRef", AuditMetadata.USER_ID, "author",
                "submittedBy", "reviewedBy", "publishedBy", "retiredBy", "coordinator", "createdBy", "updatedBy")
                : Set.copyOf(personIdFields);
        keptIdFields = keptIdFields == null ? Set.of() : Set.copyOf(keptIdFields);
        freeTextFields = freeTextFields == null ? Set.of("notes", "note", "reason", "comment", "comments")
                : Set.copyOf(freeTextFields);
        settleTime = settleTime == null ? Duration.ofMinutes(1) : settleTime;
    }
}
