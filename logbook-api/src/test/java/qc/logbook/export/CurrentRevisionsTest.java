package qc.logbook.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;

class CurrentRevisionsTest {

    private final CurrentRevisions revisions = new CurrentRevisions(JacksonSerializer.defaultSerializer());

    @Test
    void acceptsPayloadsInTheCurrentRevisionOfTheirType() {
        assertThat(revisions.require(new SimpleSerializedType(InterventionRecordedEvent.class.getName(), "3")))
                .isEqualTo("3");
        assertThat(revisions.require(new SimpleSerializedType(TenantReferredEvent.class.getName(), "1")))
                .isEqualTo("1");
    }

    @Test
    void refusesAnOlderRevisionThatNoUpcasterBroughtForward() {
        assertThatIllegalStateException()
                .isThrownBy(() -> revisions.require(
                        new SimpleSerializedType(InterventionRecordedEvent.class.getName(), "1")))
                .withMessageContaining("InterventionRecordedEvent")
                .withMessageContaining("revision 1")
                .withMessageContaining("current revision 3");
    }

    @Test
    void letsTypesWithoutAClassAnyMorePassAsStored() {
        assertThat(revisions.require(new SimpleSerializedType("qc.logbook.intervention.api.RetiredEvent", "1")))
                .isEqualTo("1");
    }
}
