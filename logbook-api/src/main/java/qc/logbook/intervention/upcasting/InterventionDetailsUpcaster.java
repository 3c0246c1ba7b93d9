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
 * Brings the events carrying {@code InterventionDetails} ({@link InterventionRecordedEvent},
 * {@link InterventionCorrectedEvent}) forward one revision, adding the field that revision introduced:
 * <ul>
 *   <li>1 → 2 added {@code details.followUpPlanned};</li>
 *   <li>2 → 3 added {@code details.participants} (collective interventions).</li>
 * </ul>
 * Forms before each revision did not ask the question, so the upcast value is an explicit {@code null} ("not
 * stated"), never {@code false} or {@code 0}: a replay must not invent an answer. A revision-1 event goes through both
 * steps in turn. Stored rows are never rewritten; the event store stays the unchanged legal record.
 */
public final class InterventionDetailsUpcaster extends SingleEventUpcaster {

    static final String FOLLOW_UP_PLANNED = "followUpPlanned";
    static final String PARTICIPANTS = "participants";

    private final String payloadType;
    private final String fromRevision;
    private final String toRevision;
    private final String field;

    private InterventionDetailsUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field) {
        this.payloadType = eventType.getName();
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.field = field;
    }

    /** {@link InterventionRecordedEvent} revision 1 → 2. */
    public static InterventionDetailsUpcaster forRecorded() {
        return new InterventionDetailsUpcaster(InterventionRecordedEvent.class, "1", "2", FOLLOW_UP_PLANNED);
    }

    /** {@link InterventionCorrectedEvent} revision 1 → 2. */
    public static InterventionDetailsUpcaster forCorrected() {
        return new InterventionDetailsUpcaster(InterventionCorrectedEvent.class, "1", "2", FOLLOW_UP_PLANNED);
    }

    /** {@link InterventionRecordedEvent} revision 2 → 3. */
    public static InterventionDetailsUpcaster participantsForRecorded() {
        return new InterventionDetailsUpcaster(InterventionRecordedEvent.class, "2", "3", PARTICIPANTS);
    }

    /** {@link InterventionCorrectedEvent} revision 2 → 3. */
    public static InterventionDetailsUpcaster participantsForCorrected() {
        return new InterventionDetailsUpcaster(InterventionCorrectedEvent.class, "2", "3", PARTICIPANTS);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return payloadType.equals(representation.getType().getName())
                && fromRevision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(payloadType, toRevision), JsonNode.class,
                payload -> addNotStated(payload, field));
    }

    static JsonNode addNotStated(JsonNode payload, String field) {
        JsonNode details = Objects.requireNonNull(payload, "payload").get("details");
        if (details instanceof ObjectNode object && !object.has(field)) {
            object.putNull(field);
        }
        return payload;
    }
}
