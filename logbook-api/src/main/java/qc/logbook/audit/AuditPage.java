package qc.logbook.audit;

import java.util.List;

/** One page of the event journal with the total count of events the filters select. */
public record AuditPage(List<AuditEvent> items, int page, int size, long totalItems, long totalPages) {
}
