package qc.logbook.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces identifiers by HMAC-SHA-256 keyed hashes under a random key drawn for one export and never stored: within
 * the export the same id always gets the same hash (a worker's events stay linked), while two exports cannot be joined
 * and no hash can be reversed or recomputed, even by the service. Free text is removed.
 */
final class Pseudonymizer {

    private final Mac mac;
    private final ExportProperties properties;
    private final boolean deidentify;

    Pseudonymizer(ExportProperties properties, boolean deidentify) {
        this.properties = properties;
        this.deidentify = deidentify;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Arrays.fill(key, (byte) 0);
    }

    /** The keyed hash of an identifier (128 bits, URL-safe base64, prefixed {@code h:}); the id itself when kept. */
    String id(String value) {
        if (!deidentify || value == null) {
            return value;
        }
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return "h:" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    /** Removes free text and hashes identifiers, recursively, in place. */
    void payload(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (isFreeText(name)) {
                    fields.remove();
                } else if (deidentify && isIdentifier(name) && value.isValueNode() && !value.isNull()) {
                    field.setValue(TextNode.valueOf(id(value.asText())));
                } else if (deidentify && isIdentifier(name) && value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        ((ArrayNode) value).set(i,
                                TextNode.valueOf(id(value.get(i).asText())));
                    }
                } else {
                    payload(value);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(this::payload);
        }
    }

    private boolean isFreeText(String name) {
        return properties.freeTextFields().contains(name);
    }

    private boolean isIdentifier(String name) {
        Set<String> kept = properties.keptIdFields();
        return !kept.contains(name)
                && (properties.personIdFields().contains(name) || name.endsWith("Id") || name.endsWith("Ids"));
    }
}
