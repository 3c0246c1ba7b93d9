package qc.logbook.ele.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a funding measure; a client may choose it so that a retried creation is recognised. */
public record FundingMeasureId(UUID value) {

    public FundingMeasureId {
        Objects.requireNonNull(value, "value");
    }

    public static FundingMeasureId random() {
        return new FundingMeasureId(UUID.randomUUID());
    }

    @JsonCreator
    public static FundingMeasureId of(String value) {
        return new FundingMeasureId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
