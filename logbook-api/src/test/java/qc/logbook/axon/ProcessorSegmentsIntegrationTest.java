package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.logbook.support.Projections.eventually;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import qc.logbook.support.LogbookIntegrationTest;

/**
 * The projections read, change and write back documents shared by many aggregates (breakdown cells, funding totals):
 * each must be handled by a single segment, or two segments handled at once would lose each other's changes. Every
 * group is a pooled streaming processor, as the docs say.
 */
@LogbookIntegrationTest
class ProcessorSegmentsIntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokens;

    @ParameterizedTest
    @ValueSource(strings = {"referral-breakdown", "ele-funding", "intervention-details", "practice-search",
            "practice-details", "privacy-keys"})
    void every_group_is_a_pooled_streaming_processor_with_a_single_segment(String group) {
        // Declaring a group in application.yml without a mode would make it a tracking processor.
        assertThat(processing.eventProcessor(group, PooledStreamingEventProcessor.class)).isPresent();
        // tokens are initialised by the processor's coordinator, just after start-up
        eventually().untilAsserted(() -> assertThat(tokens.fetchSegments(group)).containsExactly(0));
    }
}
