package qc.logbook.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Erasure of a tenant's personal data (crypto-shredding) and the log of reads of tenants' histories. Admin only. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Vie privée / Privacy", description = "Administrateurs / administrators")
class PrivacyAdminController {

    private final TenantErasure erasure;
    private final TenantAccessLog accessLog;

    PrivacyAdminController(TenantErasure erasure, TenantAccessLog accessLog) {
        this.erasure = erasure;
        this.accessLog = accessLog;
    }

    record ForgetTenantRequest(@NotBlank @Pattern(regexp = TenantErasure.TENANT_REF) String tenantRef,
                               @NotBlank String reason) {
    }

    record ForgetTenantResponse(UUID subjectKeyId, int interventionsScrubbed) {
    }

    @PostMapping("/tenants/forget")
    @Operation(summary = "Oublier un locataire / Forget a tenant",
            description = "Destroys the key protecting the tenant's notes and reference: from then on every read, "
                    + "replay and export shows them as erased, while every count stays right. The erasure is "
                    + "recorded as an event with its reason.")
    ForgetTenantResponse forget(@Valid @RequestBody ForgetTenantRequest request) {
        TenantErasure.Erasure done = erasure.forget(request.tenantRef(), request.reason());
        return new ForgetTenantResponse(done.subjectKeyId(), done.interventionsScrubbed());
    }

    @GetMapping("/tenant-access-log")
    @Operation(summary = "Consultations de dossiers de locataires / Reads of tenants' histories")
    List<TenantAccessLog.Entry> accessLog(
            @RequestParam(required = false) @Pattern(regexp = TenantErasure.TENANT_REF) String tenantRef,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return accessLog.page(tenantRef, page, size);
    }
}
