package qc.logbook.intervention.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionRecordedEvent;

/**
 * Revision 1 → 2 of the events carrying {@code InterventionDetails} ({@link InterventionRecordedEvent},
 * {@link InterventionCorrectedEvent}): revision 2 added {@code details.followUpPlanned}. Forms before it did not ask
 * the question, so the upcast value is an explicit {@code null} ("not stated"), never {@code false}: a replay must not
 * invent an answer. Stored rows are never rewritten; the event store stays the unchanged legal record.
 */
public final class InterventionDetailsUpcaster extends SingleEventUpcaster {

    static final String FIELD = "followUpPlanned";

    private final String payloadType;

    private InterventionDetailsUpcaster(Class<?> eventType) {
        this.payloadType = eventType.getName();
    }

    public static InterventionDetailsUpcaster forRecorded() {
        return new InterventionDetailsUpcaster(InterventionRecordedEvent.class);
    }

    public static InterventionDetailsUpcaster forCorrected() {
        return new InterventionDetailsUpcaster(InterventionCorrectedEvent.class);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return payloadType.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(payloadType, "2"), JsonNode.class,
                InterventionDetailsUpcaster::addFollowUpPlanned);
    }

    static JsonNode addFollowUpPlanned(JsonNode payload) {
        JsonNode details = Objects.requireNonNull(payload, "payload").get("details");
        if (details instanceof ObjectNode object && !object.has(FIELD)) {
            object.putNull(FIELD);
        }
        return payload;
    }
}
