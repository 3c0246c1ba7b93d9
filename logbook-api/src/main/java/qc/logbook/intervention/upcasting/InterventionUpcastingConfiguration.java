package qc.logbook.intervention.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Registers the intervention upcasters; Axon's Spring support adds every {@link EventUpcaster} bean to the upcaster
 * chain of the event storage engine, in {@link Order} order.
 */
@Configuration(proxyBeanMethods = false)
class InterventionUpcastingConfiguration {

    @Bean
    @Order(1)
    EventUpcaster interventionRecordedRevision2() {
        return InterventionDetailsUpcaster.forRecorded();
    }

    @Bean
    @Order(2)
    EventUpcaster interventionCorrectedRevision2() {
        return InterventionDetailsUpcaster.forCorrected();
    }

    /** After the 1 → 2 steps, so that a revision-1 event reaches revision 3 in one read. */
    @Bean
    @Order(3)
    EventUpcaster interventionRecordedRevision3() {
        return InterventionDetailsUpcaster.participantsForRecorded();
    }

    @Bean
    @Order(4)
    EventUpcaster interventionCorrectedRevision3() {
        return InterventionDetailsUpcaster.participantsForCorrected();
    }

    @Bean
    @Order(5)
    EventUpcaster collectiveSupportRevision2() {
        return new CollectiveSupportPracticeUpcaster();
    }
}
