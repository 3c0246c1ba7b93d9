package qc.logbook.admin.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.logbook.domain.RuleViolation;
import qc.logbook.privacy.TenantErasure;
import qc.logbook.problem.ProblemMessages;

/**
 * Forgetting a tenant in three steps: the reference and the reason; what the erasure will erase, to confirm; what was
 * erased. The same {@link TenantErasure} as {@code POST /api/v1/admin/tenants/forget}. The reference typed is never
 * logged; after the erasure the page shows it no more.
 */
@Controller
class ErasurePagesController {

    private final TenantErasure erasure;
    private final ProblemMessages messages;

    ErasurePagesController(TenantErasure erasure, ProblemMessages messages) {
        this.erasure = erasure;
        this.messages = messages;
    }

    @GetMapping("/admin/tenants/forget")
    String form(Model model) {
        model.addAttribute("tenantRef", "");
        model.addAttribute("reason", "");
        model.addAttribute("errors", Map.of());
        return "admin/forget";
    }

    /** Second step, a POST so that the reference stays out of addresses and access logs. */
    @PostMapping("/admin/tenants/forget/preview")
    String preview(@RequestParam(defaultValue = "") String tenantRef, @RequestParam(defaultValue = "") String reason,
                   Model model, Locale locale) {
        String ref = tenantRef.strip();
        Map<String, String> errors = check(ref, reason, locale);
        TenantErasure.Preview preview = null;
        if (errors.isEmpty()) {
            try {
                preview = erasure.preview(ref);
            } catch (RuleViolation violation) {
                errors.put("tenantRef", messages.message(violation, locale));
            }
        }
        model.addAttribute("tenantRef", tenantRef);
        model.addAttribute("reason", reason);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "admin/forget";
        }
        model.addAttribute("preview", preview);
        return "admin/forget-confirm";
    }

    @PostMapping("/admin/tenants/forget")
    String forget(@RequestParam(defaultValue = "") String tenantRef, @RequestParam(defaultValue = "") String reason,
                  Model model, Locale locale) {
        String ref = tenantRef.strip();
        Map<String, String> errors = check(ref, reason, locale);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("erasure", erasure.forget(ref, reason.strip()));
                return "admin/forget-done";
            } catch (RuleViolation violation) {
                errors.put("tenantRef", messages.message(violation, locale));
            }
        }
        model.addAttribute("tenantRef", tenantRef);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "admin/forget";
    }

    /** The API's bean validation of the request, field by field, in the form's order. */
    private Map<String, String> check(String tenantRef, String reason, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (tenantRef.isEmpty()) {
            errors.put("tenantRef", messages.text("admin.forget.tenantRef.required", locale));
        } else if (!tenantRef.matches(TenantErasure.TENANT_REF)) {
            errors.put("tenantRef", messages.text("admin.forget.tenantRef.invalid", locale));
        }
        if (reason.isBlank()) {
            errors.put("reason", messages.text("admin.forget.reason.required", locale));
        }
        return errors;
    }
}
