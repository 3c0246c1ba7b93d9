package qc.logbook.intervention.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifier of an intervention; a client may choose it so that a retried creation is recognised. */
public record InterventionId(UUID value) {

    public InterventionId {
        Objects.requireNonNull(value, "value");
    }

    public static InterventionId random() {
        return new InterventionId(UUID.randomUUID());
    }

    @JsonCreator
    public static InterventionId of(String value) {
        return new InterventionId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
