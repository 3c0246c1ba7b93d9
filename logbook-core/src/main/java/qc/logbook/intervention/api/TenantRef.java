package qc.logbook.intervention.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Pseudonymous reference of a tenant, issued by the tenant's housing organisation (for example a file number). The
 * logbook never holds a tenant's name; this reference is still personal data and is never logged.
 */
public record TenantRef(String value) {

    /** What a tenant reference reads as once the tenant has been forgotten (its key destroyed). */
    public static final TenantRef ERASED = new TenantRef("ERASED");

    public TenantRef {
        PseudonymousRef.check(value, "tenant reference");
    }

    @JsonCreator
    public static TenantRef of(String value) {
        return new TenantRef(value);
    }

    public static boolean isValid(String value) {
        return value != null && PseudonymousRef.FORMAT.matcher(value).matches();
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
