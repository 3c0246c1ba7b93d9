package qc.logbook.practice.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a practice of the repository; a client may choose it so that a retried creation is recognised. */
public record PracticeId(UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "value");
    }

    public static PracticeId random() {
        return new PracticeId(UUID.randomUUID());
    }

    @JsonCreator
    public static PracticeId of(String value) {
        return new PracticeId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
