package qc.logbook.intervention.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.reference.CollectiveActionKind;

class CollectiveSupportPracticeUpcasterTest {

    private static final String ID = "7d5c2c4e-9d43-4c1e-9f5e-2f4b8a0e6b11";
    private static final String PRACTICE = "3f1c2a9e-5d7b-4c1e-9a2f-0b6d8e4c7a15";
    private static final String TYPE = CollectiveActionSupportedEvent.class.getName();
    private static final String V1 = "{\"interventionId\":\"" + ID + "\",\"supportId\":\"" + ID + "\","
            + "\"actionKind\":\"GROUP_PROJECT\",\"supportKind\":\"FACILITATION\",\"groupName\":\"Jardin du 5e\"}";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).lenientDeserialization().build();
    private final EventUpcasterChain chain = new EventUpcasterChain(new CollectiveSupportPracticeUpcaster());

    @Test
    void aRevisionOneSupportNamesNoPractice() {
        IntermediateEventRepresentation upcast = upcastOne(TYPE, "1", V1);

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(TYPE, "2"));
        assertThat(new String(upcast.getData(byte[].class).getData(), StandardCharsets.UTF_8))
                .contains("\"practiceId\":null");
        CollectiveActionSupportedEvent event = serializer.deserialize(upcast.getData());
        assertThat(event.practiceId()).isNull();
        assertThat(event.actionKind()).isEqualTo(CollectiveActionKind.GROUP_PROJECT);
        assertThat(event.groupName()).isEqualTo("Jardin du 5e");
    }

    @Test
    void leavesRevisionTwoAndOtherEventsAlone() {
        String v2 = V1.replace("}", ",\"practiceId\":\"" + PRACTICE + "\"}");
        IntermediateEventRepresentation current = upcastOne(TYPE, "2", v2);
        assertThat(new String(current.getData(byte[].class).getData(), StandardCharsets.UTF_8)).isEqualTo(v2);
        CollectiveActionSupportedEvent event = serializer.deserialize(current.getData());
        assertThat(event.practiceId()).hasToString(PRACTICE);

        IntermediateEventRepresentation other = upcastOne("qc.logbook.intervention.api.TenantReferredEvent", "1",
                "{\"interventionId\":\"" + ID + "\"}");
        assertThat(other.getType().getRevision()).isEqualTo("1");
    }

    private IntermediateEventRepresentation upcastOne(String type, String revision, String json) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Intervention", ID, 0,
                "e-" + type.hashCode(), Instant.parse("2012-05-04T14:00:00Z"), type, revision,
                json.getBytes(StandardCharsets.UTF_8), serializer.serialize(MetaData.emptyInstance(), byte[].class)
                .getData());
        List<IntermediateEventRepresentation> result = chain.upcast(
                Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(result).hasSize(1);
        return result.get(0);
    }
}
