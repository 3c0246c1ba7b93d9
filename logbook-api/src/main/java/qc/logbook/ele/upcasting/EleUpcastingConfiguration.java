package qc.logbook.ele.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Registers the ÉLÉ upcasters; Axon's Spring support adds every {@link EventUpcaster} bean to the upcaster chain of
 * the event storage engine. Each handles its own event type, so their order among themselves does not matter.
 */
@Configuration(proxyBeanMethods = false)
class EleUpcastingConfiguration {

    @Bean
    @Order(20)
    EventUpcaster projectSubmittedRevision2() {
        return ProjectPracticeUpcaster.forSubmitted();
    }

    @Bean
    @Order(21)
    EventUpcaster projectRevisedRevision2() {
        return ProjectPracticeUpcaster.forRevised();
    }

    @Bean
    @Order(22)
    EventUpcaster projectFiguresCorrectedRevision2() {
        return ProjectPracticeUpcaster.forCorrected();
    }
}
