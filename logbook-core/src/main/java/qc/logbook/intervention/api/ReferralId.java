package qc.logbook.intervention.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifier of one referral of a tenant, unique within the intervention it belongs to. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
