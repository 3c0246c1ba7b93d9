package qc.logbook.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;

/** The audit trail, read from the event store: any aggregate's timeline and the journal of all events. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditController {

    private final AuditJournal journal;

    AuditController(AuditJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/aggregates/{aggregateId}")
    @Operation(summary = "Historique complet d'un agrégat / Complete timeline of an aggregate",
            description = "Every event of an intervention, project or practice (any aggregate), in order, with who "
                    + "sent the command, which command, when it was received and its correlation id. Notes are left "
                    + "out.")
    List<AuditEvent> timeline(@PathVariable String aggregateId) {
        List<AuditEvent> events = journal.timeline(aggregateId);
        if (events.isEmpty()) {
            throw RuleViolation.notFound("aggregateId", "aggregate.unknown");
        }
        return events;
    }

    @GetMapping("/events")
    @Operation(summary = "Journal de tous les événements / Journal of all events",
            description = "In global order, paginated (pages start at 0). Filters: period of the event's timestamp "
                    + "(ISO-8601 instants, inclusive), event types (simple or qualified names, repeatable), aggregate "
                    + "id, aggregate type (e.g. Intervention) and user (pseudonymous id).")
    AuditPage events(@RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(required = false) List<String> eventType,
                     @RequestParam(required = false) String aggregateId,
                     @RequestParam(required = false) String aggregateType,
                     @RequestParam(required = false) String userId,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw RuleViolation.invalid("from", "period.inverted");
        }
        return journal.journal(new AuditJournal.Filter(from, to, eventType, aggregateId, aggregateType, userId),
                page, size);
    }
}
