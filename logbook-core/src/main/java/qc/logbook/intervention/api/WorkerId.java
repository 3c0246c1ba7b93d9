package qc.logbook.intervention.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Pseudonymous identifier of a worker (never a name), issued by the worker's organisation or the identity provider. */
public record WorkerId(String value) {

    public WorkerId {
        PseudonymousRef.check(value, "worker id");
    }

    @JsonCreator
    public static WorkerId of(String value) {
        return new WorkerId(value);
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
