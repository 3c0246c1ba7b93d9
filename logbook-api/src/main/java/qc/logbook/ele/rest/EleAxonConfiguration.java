package qc.logbook.ele.rest;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.logbook.ele.command.FundingMeasure;
import qc.logbook.ele.command.LocalTeam;

/** Registers the ÉLÉ aggregates, which are plain classes, not Spring beans, as event-sourced aggregates. */
@Configuration(proxyBeanMethods = false)
class EleAxonConfiguration {

    @Bean
    ConfigurerModule eleAggregates() {
        return configurer -> configurer
                .configureAggregate(FundingMeasure.class)
                .configureAggregate(LocalTeam.class);
    }
}
