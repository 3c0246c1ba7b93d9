package qc.logbook.admin.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import qc.logbook.audit.AuditJournal;
import qc.logbook.audit.AuditPage;
import qc.logbook.privacy.TenantAccessLog;
import qc.logbook.privacy.TenantErasure;
import qc.logbook.problem.ProblemMessages;

/**
 * The audit journal and the tenant-access log, with their filters in the address (a filtered page can be bookmarked
 * and shared between admins) and paging: the same {@link AuditJournal} and {@link TenantAccessLog} as
 * {@code /api/v1/audit/events} and {@code /api/v1/admin/tenant-access-log}.
 */
@Controller
class JournalPagesController {

    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    static final int PAGE_SIZE = 25;

    private final AuditJournal journal;
    private final TenantAccessLog accessLog;
    private final ProblemMessages messages;

    JournalPagesController(AuditJournal journal, TenantAccessLog accessLog, ProblemMessages messages) {
        this.journal = journal;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                 @RequestParam(defaultValue = "") String eventType,
                 @RequestParam(defaultValue = "") String aggregateType,
                 @RequestParam(defaultValue = "") String aggregateId, @RequestParam(defaultValue = "") String userId,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant start = day(from, "from", errors, locale, false);
        Instant end = day(to, "to", errors, locale, true);
        if (start != null && end != null && start.isAfter(end)) {
            errors.put("from", messages.text("rule.period.inverted", locale));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", from);
        filters.put("to", to);
        filters.put("eventType", eventType);
        filters.put("aggregateType", aggregateType);
        filters.put("aggregateId", aggregateId);
        filters.put("userId", userId);
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            List<String> types = Arrays.stream(eventType.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            AuditPage result = journal.journal(new AuditJournal.Filter(start, end, types.isEmpty() ? null : types,
                    blankToNull(aggregateId), blankToNull(aggregateType), blankToNull(userId)), Math.max(0, page),
                    PAGE_SIZE);
            model.addAttribute("journal", result);
            model.addAttribute("previousUrl", result.page() > 0 ? url("/admin/audit", filters, result.page() - 1) : null);
            model.addAttribute("nextUrl", result.page() + 1 < result.totalPages()
                    ? url("/admin/audit", filters, result.page() + 1) : null);
        }
        return "admin/audit";
    }

    @GetMapping("/admin/tenant-access")
    String accessLog(@RequestParam(defaultValue = "") String tenantRef, @RequestParam(defaultValue = "0") int page,
                     Model model, Locale locale) {
        String ref = tenantRef.strip();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("tenantRef", tenantRef);
        model.addAttribute("filters", filters);
        if (!ref.isEmpty() && !ref.matches(TenantErasure.TENANT_REF)) {
            model.addAttribute("errors", Map.of("tenantRef", messages.text("admin.forget.tenantRef.invalid", locale)));
            return "admin/tenant-access";
        }
        model.addAttribute("errors", Map.of());
        int current = Math.max(0, page);
        // one more than a page says whether a next one exists (the log is not counted)
        List<TenantAccessLog.Entry> entries = new ArrayList<>(accessLog.page(blankToNull(ref), current,
                PAGE_SIZE));
        boolean more = entries.size() == PAGE_SIZE
                && !accessLog.page(blankToNull(ref), (current + 1), PAGE_SIZE).isEmpty();
        model.addAttribute("entries", entries);
        model.addAttribute("page", current);
        model.addAttribute("previousUrl", current > 0 ? url("/admin/tenant-access", filters, current - 1) : null);
        model.addAttribute("nextUrl", more ? url("/admin/tenant-access", filters, current + 1) : null);
        return "admin/tenant-access";
    }

    /** A day of the form (Québec time) as its first instant, or its last one for the end of a period. */
    private Instant day(String value, String field, Map<String, String> errors, Locale locale, boolean end) {
        if (value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return end ? date.plusDays(1).atStartOfDay(QUEBEC).toInstant().minusNanos(1000)
                    : date.atStartOfDay(QUEBEC).toInstant();
        } catch (DateTimeException e) {
            errors.put(field, messages.text("rule.invalid-value.expected", locale, "2026-12-01"));
            return null;
        }
    }

    private static String url(String path, Map<String, String> filters, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, value);
            }
        });
        if (page > 0) {
            builder.queryParam("page", page);
        }
        return builder.encode().build().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
