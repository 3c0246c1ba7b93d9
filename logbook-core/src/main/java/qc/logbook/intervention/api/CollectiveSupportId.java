package qc.logbook.intervention.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifier of one support given to a collective action within a collective intervention. */
public record CollectiveSupportId(UUID value) {

    public CollectiveSupportId {
        Objects.requireNonNull(value, "value");
    }

    public static CollectiveSupportId random() {
        return new CollectiveSupportId(UUID.randomUUID());
    }

    @JsonCreator
    public static CollectiveSupportId of(String value) {
        return new CollectiveSupportId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
