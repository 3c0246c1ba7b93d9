package qc.logbook.intervention.rest;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.logbook.intervention.command.Intervention;

/** Registers the intervention aggregate (a plain class of logbook-core) with Axon, event-sourced. */
@Configuration(proxyBeanMethods = false)
class InterventionAxonConfiguration {

    @Bean
    ConfigurerModule interventionAggregate() {
        return configurer -> configurer.configureAggregate(Intervention.class);
    }
}
