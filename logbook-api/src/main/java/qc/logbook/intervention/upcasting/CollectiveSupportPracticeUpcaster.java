package qc.logbook.intervention.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;

/**
 * Brings {@link CollectiveActionSupportedEvent} from revision 1 to 2, which added {@code practiceId} (the practice
 * of the repository the support applies). Supports recorded before could not name one: the upcast value is an
 * explicit {@code null} ("none named"), never a guess. Stored rows are never rewritten.
 */
public final class CollectiveSupportPracticeUpcaster extends SingleEventUpcaster {

    static final String PRACTICE_ID = "practiceId";
    private static final String TYPE = CollectiveActionSupportedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class,
                CollectiveSupportPracticeUpcaster::addNoPractice);
    }

    static JsonNode addNoPractice(JsonNode payload) {
        if (Objects.requireNonNull(payload, "payload") instanceof ObjectNode object && !object.has(PRACTICE_ID)) {
            object.putNull(PRACTICE_ID);
        }
        return payload;
    }
}
