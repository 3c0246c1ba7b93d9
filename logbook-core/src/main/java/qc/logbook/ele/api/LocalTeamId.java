package qc.logbook.ele.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a local team (ÉLÉ); a client may choose it so that a retried creation is recognised. */
public record LocalTeamId(UUID value) {

    public LocalTeamId {
        Objects.requireNonNull(value, "value");
    }

    public static LocalTeamId random() {
        return new LocalTeamId(UUID.randomUUID());
    }

    @JsonCreator
    public static LocalTeamId of(String value) {
        return new LocalTeamId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
