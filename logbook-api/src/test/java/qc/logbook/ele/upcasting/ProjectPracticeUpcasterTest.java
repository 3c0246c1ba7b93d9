package qc.logbook.ele.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.Participants;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.practice.api.PracticeId;

/**
 * Revision-1 project events (details without {@code practiceId}) read as revision 2 naming no practice; revision-2
 * events and other events pass unchanged. The revision-1 payloads are what the serializer wrote before the field
 * existed: today's JSON with the field removed.
 */
class ProjectPracticeUpcasterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(MAPPER)
            .lenientDeserialization().build();
    private final EventUpcasterChain chain = new EventUpcasterChain(ProjectPracticeUpcaster.forSubmitted(),
            ProjectPracticeUpcaster.forRevised(), ProjectPracticeUpcaster.forCorrected());

    private final ProjectDetails details = new ProjectDetails("Groupes de couponnage", List.of("LEVIS"), null,
            Participants.persons(22), List.of("Entraide"), Money.ofCents(790_500), true,
            new PracticeId(java.util.UUID.randomUUID()));

    @Test
    void revisionOneEventsOfTheThreeTypesNameNoPractice() throws Exception {
        FundingMeasureId measure = FundingMeasureId.random();
        ProjectId project = ProjectId.random();
        List<Object> events = List.of(
                new ProjectSubmittedEvent(measure, project, LocalTeamId.random(), details),
                new ProjectRevisedEvent(measure, project, details),
                new ProjectFiguresCorrectedEvent(measure, project, details, Money.ofCents(362_500), "Facture"));
        for (Object event : events) {
            String type = event.getClass().getName();
            IntermediateEventRepresentation upcast = upcastOne(type, "1", revisionOne(event));

            assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(type, "2"));
            Object read = serializer.deserialize(upcast.getData());
            ProjectDetails readDetails = read instanceof ProjectSubmittedEvent e ? e.details()
                    : read instanceof ProjectRevisedEvent e ? e.details()
                    : ((ProjectFiguresCorrectedEvent) read).details();
            assertThat(readDetails.practiceId()).isNull();
            assertThat(readDetails.title()).isEqualTo("Groupes de couponnage");
            assertThat(readDetails.participants().persons()).isEqualTo(22);
            assertThat(readDetails.totalCost()).isEqualTo(Money.ofCents(790_500));
        }
    }

    @Test
    void leavesRevisionTwoAndOtherEventsAlone() throws Exception {
        ProjectSubmittedEvent event = new ProjectSubmittedEvent(FundingMeasureId.random(), ProjectId.random(),
                LocalTeamId.random(), details);
        String v2 = MAPPER.writeValueAsString(event);
        IntermediateEventRepresentation current = upcastOne(ProjectSubmittedEvent.class.getName(), "2", v2);
        assertThat(new String(current.getData(byte[].class).getData(), StandardCharsets.UTF_8)).isEqualTo(v2);
        ProjectSubmittedEvent read = serializer.deserialize(current.getData());
        assertThat(read.details().practiceId()).isEqualTo(details.practiceId());

        IntermediateEventRepresentation other = upcastOne("qc.logbook.ele.api.ProjectCompletedEvent", "1", "{}");
        assertThat(other.getType().getRevision()).isEqualTo("1");
    }

    private static String revisionOne(Object event) throws Exception {
        ObjectNode json = MAPPER.valueToTree(event);
        ((ObjectNode) json.get("details")).remove("practiceId");
        assertThat(json.get("details").has("practiceId")).isFalse();
        return MAPPER.writeValueAsString(json);
    }

    private IntermediateEventRepresentation upcastOne(String type, String revision, String json) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("FundingMeasure", "m", 0,
                "e-" + type.hashCode(), Instant.parse("2014-05-04T14:00:00Z"), type, revision,
                json.getBytes(StandardCharsets.UTF_8), serializer.serialize(MetaData.emptyInstance(), byte[].class)
                .getData());
        List<IntermediateEventRepresentation> result = chain.upcast(
                Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(result).hasSize(1);
        return result.get(0);
    }
}
