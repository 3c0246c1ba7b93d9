package qc.logbook.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.UUID;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.TenantRef;

/**
 * Seals the personal data of stored events: in {@link InterventionDetails}, the notes and the tenant reference are
 * written encrypted with the subject's key (the tenant's, or the worker's when there is no tenant) under
 * {@code "sealed": {"keyId", "notes", "tenant"}}, and opened again on reading. Registered on the event serializer
 * only, so aggregates, projections and exports see plain values while the event table holds none; once a subject's
 * key is destroyed, its values read as {@link InterventionDetails#ERASED_NOTES} and {@link TenantRef#ERASED}.
 */
public class PersonalDataSealing extends SimpleModule {

    public PersonalDataSealing(SubjectKeyStore keys, ObjectMapper plain) {
        super("personal-data-sealing");
        addSerializer(InterventionDetails.class, new Sealer(keys, plain));
        addDeserializer(InterventionDetails.class, new Opener(keys, plain));
    }

    /**
     * A module for reads that need no personal data (the point-in-time folds): sealed values read as erased, as for a
     * forgotten subject, and no key is looked up or unwrapped. Writing is not supported.
     */
    public static SimpleModule unopened(ObjectMapper plain) {
        SimpleModule module = new SimpleModule("personal-data-unopened");
        module.addDeserializer(InterventionDetails.class, new Opener(null, plain));
        return module;
    }

    /** The subject whose key protects these details. */
    static String subjectOf(InterventionDetails details) {
        return details.tenant() != null ? "tenant:" + details.tenant().value() : "worker:" + details.worker().value();
    }

    private static final class Sealer extends JsonSerializer<InterventionDetails> {

        private final SubjectKeyStore keys;
        private final ObjectMapper plain;

        Sealer(SubjectKeyStore keys, ObjectMapper plain) {
            this.keys = keys;
            this.plain = plain;
        }

        @Override
        public void serialize(InterventionDetails details, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            ObjectNode node = plain.valueToTree(details);
            boolean hasNotes = details.notes() != null && !InterventionDetails.ERASED_NOTES.equals(details.notes());
            boolean hasTenant = details.tenant() != null && !TenantRef.ERASED.equals(details.tenant());
            node.remove("notes");
            node.remove("tenant");
            if (hasNotes || hasTenant) {
                SubjectKeyStore.SubjectKey key = keys.keyFor(subjectOf(details));
                ObjectNode sealed = node.putObject("sealed");
                sealed.put("keyId", key.id().toString());
                if (hasNotes) {
                    sealed.put("notes", Base64.getEncoder().encodeToString(keys.seal(key, "notes", details.notes())));
                }
                if (hasTenant) {
                    sealed.put("tenant", Base64.getEncoder().encodeToString(
                            keys.seal(key, "tenant", details.tenant().value())));
                }
            }
            generator.writeTree(node);
        }
    }

    private static final class Opener extends JsonDeserializer<InterventionDetails> {

        private final SubjectKeyStore keys;
        private final ObjectMapper plain;

        /** @param keys {@code null}: sealed values read as erased */
        Opener(SubjectKeyStore keys, ObjectMapper plain) {
            this.keys = keys;
            this.plain = plain;
        }

        @Override
        public InterventionDetails deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ObjectNode node = parser.readValueAsTree();
            JsonNode sealed = node.remove("sealed");
            if (sealed != null) {
                if (keys == null) { // unopened: read as erased
                    if (sealed.hasNonNull("notes")) {
                        node.put("notes", InterventionDetails.ERASED_NOTES);
                    }
                    if (sealed.hasNonNull("tenant")) {
                        node.put("tenant", TenantRef.ERASED.value());
                    }
                    return plain.treeToValue(node, InterventionDetails.class);
                }
                UUID keyId = UUID.fromString(sealed.path("keyId").asText());
                if (sealed.hasNonNull("notes")) {
                    node.put("notes", keys.open(keyId, "notes", Base64.getDecoder().decode(sealed.get("notes").asText()))
                            .orElse(InterventionDetails.ERASED_NOTES));
                }
                if (sealed.hasNonNull("tenant")) {
                    node.put("tenant", keys.open(keyId, "tenant",
                                    Base64.getDecoder().decode(sealed.get("tenant").asText()))
                            .orElse(TenantRef.ERASED.value()));
                }
            }
            return plain.treeToValue(node, InterventionDetails.class);
        }
    }
}
