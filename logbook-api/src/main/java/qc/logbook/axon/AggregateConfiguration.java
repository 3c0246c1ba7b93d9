package qc.logbook.axon;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.logbook.ele.command.FundingMeasure;
import qc.logbook.ele.command.LocalTeam;
import qc.logbook.intervention.command.Intervention;
import qc.logbook.practice.command.Practice;
import qc.logbook.privacy.command.TenantErasure;

/**
 * Every aggregate of the logbook, registered with Axon as event-sourced, in one place. They are plain classes of
 * logbook-core, not Spring beans, so Axon's auto-configuration does not find them by itself.
 */
@Configuration(proxyBeanMethods = false)
class AggregateConfiguration {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Intervention.class)
                .configureAggregate(FundingMeasure.class)
                .configureAggregate(LocalTeam.class)
                .configureAggregate(Practice.class)
                .configureAggregate(TenantErasure.class);
    }
}
