package qc.logbook.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.logbook.domain.AuditMetadata;

/**
 * Event processing: every processing group is a pooled streaming processor (segments claimed through the token
 * store, so several nodes share the work), and the command's audit metadata is copied onto the events it produces.
 */
@Configuration(proxyBeanMethods = false)
class AxonProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                // A failing handler must not be skipped silently: the event goes to the dead-letter queue where one
                // is enabled, and otherwise the processor retries, so a read model never misses an event.
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    /** Every aggregate finds the target of a command with the cached resolver (see CachedCommandTargetResolver). */
    @Bean
    ConfigurerModule cachedCommandTargetResolver() {
        return configurer -> configurer.registerComponent(CommandTargetResolver.class,
                c -> new CachedCommandTargetResolver());
    }

    /** Who sent the command, which command, and when it was received, on every event it produces. */
    @Bean
    CorrelationDataProvider auditCorrelationData() {
        return new SimpleCorrelationDataProvider(AuditMetadata.USER_ID, AuditMetadata.COMMAND_NAME,
                AuditMetadata.RECEIVED_AT, AuditMetadata.REQUEST_ID);
    }
}
