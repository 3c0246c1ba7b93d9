package qc.logbook.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;
import qc.logbook.intervention.api.TenantRef;

/**
 * Works on stored event payloads read as raw JSON (exports, audit), where {@link PersonalDataSealing} left a
 * {@code "sealed"} object. Ciphertext never leaves the service: it would be the same in every export and so would let
 * two exports be joined.
 */
public class SealedJson {

    private final SubjectKeyStore keys;

    public SealedJson(SubjectKeyStore keys) {
        this.keys = keys;
    }

    /**
     * Replaces every sealed object by the tenant reference it protects, passed through {@code tenant} (e.g. a keyed
     * hash), or {@link TenantRef#ERASED} when the tenant was forgotten. Sealed notes are dropped.
     */
    public void openTenants(JsonNode node, UnaryOperator<String> tenant) {
        if (node instanceof ObjectNode object) {
            JsonNode sealed = object.remove("sealed");
            if (sealed != null && sealed.hasNonNull("tenant")) {
                String plain = keys.open(UUID.fromString(sealed.path("keyId").asText()), "tenant",
                        Base64.getDecoder().decode(sealed.get("tenant").asText())).orElse(null);
                object.put("tenant", plain == null ? TenantRef.ERASED.value() : tenant.apply(plain));
            }
            object.forEach(child -> openTenants(child, tenant));
        } else if (node != null && node.isArray()) {
            node.forEach(child -> openTenants(child, tenant));
        }
    }

    /** Removes every sealed object, leaving no personal data at all. */
    public static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("sealed");
            object.forEach(SealedJson::strip);
        } else if (node != null && node.isArray()) {
            node.forEach(SealedJson::strip);
        }
    }
}
