package qc.logbook.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import qc.logbook.privacy.PersonalDataSealing;

/** Event serializers besides the beans of {@link AxonStorageConfiguration}, for reads of the stored events. */
public final class EventSerializers {

    private EventSerializers() {
    }

    /**
     * The event serializer for reads that need no personal data (the point-in-time folds): the event serializer's
     * mapper, with sealed values read as erased and no key looked up. Not a bean, so that nothing picks it up by type;
     * it cannot write events.
     */
    public static Serializer withoutPersonalData(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper plain = AxonStorageConfiguration.lenient(builder.build());
        return JacksonSerializer.builder().objectMapper(plain.copy().registerModule(PersonalDataSealing.unopened(plain)))
                .lenientDeserialization().build();
    }
}
