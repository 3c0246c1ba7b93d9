package qc.logbook.practice.rest;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.logbook.practice.command.Practice;

/** Registers the practice aggregate (a plain class of logbook-core) with Axon, event-sourced. */
@Configuration(proxyBeanMethods = false)
public class PracticeAxonConfiguration {

    @Bean
    ConfigurerModule practiceAggregate() {
        return configurer -> configurer.configureAggregate(Practice.class);
    }
}
