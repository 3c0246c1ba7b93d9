package qc.logbook.audit;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon adds its {@link MessageOriginProvider} (correlationId and traceId on every message a handler produces) only when
 * no other {@link CorrelationDataProvider} bean exists; the audit provider of {@code qc.logbook.axon} made it back off,
 * so events carried no correlation id. Declared here explicitly; Axon uses every provider bean.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationConfiguration {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
