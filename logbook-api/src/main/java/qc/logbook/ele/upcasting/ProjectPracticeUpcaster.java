package qc.logbook.ele.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectSubmittedEvent;

/**
 * Brings an event carrying {@link ProjectDetails} from revision 1 to 2, which added {@code details.practiceId} (the
 * published practice of the repository the project applies). Projects recorded before could not name one: the upcast
 * value is an explicit {@code null} ("none named"), never a guess. Stored rows are never rewritten. One instance per
 * event type, since the three events share the shape of their details.
 */
public final class ProjectPracticeUpcaster extends SingleEventUpcaster {

    static final String DETAILS = "details";
    static final String PRACTICE_ID = "practiceId";

    private final String type;

    private ProjectPracticeUpcaster(Class<?> eventType) {
        this.type = eventType.getName();
    }

    public static ProjectPracticeUpcaster forSubmitted() {
        return new ProjectPracticeUpcaster(ProjectSubmittedEvent.class);
    }

    public static ProjectPracticeUpcaster forRevised() {
        return new ProjectPracticeUpcaster(ProjectRevisedEvent.class);
    }

    public static ProjectPracticeUpcaster forCorrected() {
        return new ProjectPracticeUpcaster(ProjectFiguresCorrectedEvent.class);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return type.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, "2"), JsonNode.class,
                ProjectPracticeUpcaster::addNoPractice);
    }

    static JsonNode addNoPractice(JsonNode payload) {
        if (Objects.requireNonNull(payload, "payload") instanceof ObjectNode object
                && object.get(DETAILS) instanceof ObjectNode details && !details.has(PRACTICE_ID)) {
            details.putNull(PRACTICE_ID);
        }
        return payload;
    }
}
