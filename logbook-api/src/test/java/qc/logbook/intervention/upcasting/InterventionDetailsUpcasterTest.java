package qc.logbook.intervention.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionRecordedEvent;

class InterventionDetailsUpcasterTest {

    private static final String ID = "7d5c2c4e-9d43-4c1e-9f5e-2f4b8a0e6b11";
    private static final String DETAILS_V1 = "{\"date\":\"2012-05-04\",\"worker\":\"W-7\",\"workerRole\":\"OUTREACH_WORKER\","
            + "\"region\":\"CHAUDIERE_APPALACHES\",\"territory\":\"LEVIS\",\"housingOrganisation\":\"OMH de Lévis\","
            + "\"tenure\":\"HLM_OMH\",\"mode\":\"INDIVIDUAL\",\"targetGroups\":[\"FAMILIES\"],\"ageGroups\":[],"
            + "\"durationMinutes\":45,\"supportCategories\":[\"INFORMATION_AND_REFERRAL\"],\"tenant\":\"T-9\"}";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).lenientDeserialization().build();
    private final EventUpcasterChain chain = new EventUpcasterChain(InterventionDetailsUpcaster.forRecorded(),
            InterventionDetailsUpcaster.forCorrected(), InterventionDetailsUpcaster.participantsForRecorded(),
            InterventionDetailsUpcaster.participantsForCorrected());

    @Test
    void upcastsARevisionOneRecordingToTheCurrentRevisionWithTheFollowUpAndParticipantsNotStated() {
        IntermediateEventRepresentation upcast = upcastOne(InterventionRecordedEvent.class.getName(), "1",
                "{\"interventionId\":\"" + ID + "\",\"details\":" + DETAILS_V1 + "}");

        assertThat(upcast.getType().getRevision()).isEqualTo("3");
        assertThat(new String(upcast.getData(byte[].class).getData(), StandardCharsets.UTF_8))
                .contains("\"followUpPlanned\":null").contains("\"participants\":null");
        InterventionRecordedEvent event = serializer.deserialize(upcast.getData());
        assertThat(event.details().followUpPlanned()).isNull();
        assertThat(event.details().participants()).isNull();
        assertThat(event.details().date()).isEqualTo(LocalDate.of(2012, 5, 4));
        assertThat(event.details().worker().value()).isEqualTo("W-7");
    }

    @Test
    void upcastsARevisionOneCorrectionToo() {
        IntermediateEventRepresentation upcast = upcastOne(InterventionCorrectedEvent.class.getName(), "1",
                "{\"interventionId\":\"" + ID + "\",\"details\":" + DETAILS_V1 + ",\"reason\":\"Date\"}");

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(InterventionCorrectedEvent.class.getName(), "3"));
        InterventionCorrectedEvent event = serializer.deserialize(upcast.getData());
        assertThat(event.reason()).isEqualTo("Date");
        assertThat(event.details().followUpPlanned()).isNull();
        assertThat(event.details().participants()).isNull();
    }

    @Test
    void upcastsRevisionTwoToThreeKeepingTheFollowUpAndLeavingTheParticipantsNotStated() {
        String v2 = "{\"interventionId\":\"" + ID + "\",\"details\":"
                + DETAILS_V1.replace("INDIVIDUAL", "COLLECTIVE").replace(",\"tenant\":\"T-9\"", "")
                .replace("}", ",\"followUpPlanned\":true}") + "}";
        for (String type : List.of(InterventionRecordedEvent.class.getName(),
                InterventionCorrectedEvent.class.getName())) {
            IntermediateEventRepresentation upcast = upcastOne(type, "2", v2);
            assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(type, "3"));
            assertThat(new String(upcast.getData(byte[].class).getData(), StandardCharsets.UTF_8))
                    .contains("\"followUpPlanned\":true").contains("\"participants\":null");
        }
        InterventionRecordedEvent event = serializer.deserialize(
                upcastOne(InterventionRecordedEvent.class.getName(), "2", v2).getData());
        assertThat(event.details().followUpPlanned()).isTrue();
        assertThat(event.details().participants()).isNull();
    }

    @Test
    void leavesTheCurrentRevisionAndOtherEventsAlone() {
        String v3 = "{\"interventionId\":\"" + ID + "\",\"details\":"
                + DETAILS_V1.replace("INDIVIDUAL", "COLLECTIVE").replace(",\"tenant\":\"T-9\"", "")
                .replace("}", ",\"followUpPlanned\":true,\"participants\":12}") + "}";
        IntermediateEventRepresentation current = upcastOne(InterventionRecordedEvent.class.getName(), "3", v3);
        assertThat(new String(current.getData(byte[].class).getData(), StandardCharsets.UTF_8)).isEqualTo(v3);
        InterventionRecordedEvent event = serializer.deserialize(current.getData());
        assertThat(event.details().followUpPlanned()).isTrue();
        assertThat(event.details().participants()).isEqualTo(12);

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
