package qc.logbook.store;

import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Health of the read-model store through {@code ping}, which both MongoDB and the embedded MongoDB-wire server answer
 * (Boot's own indicator sends {@code hello}, which the embedded server does not know). The event store's health is
 * Boot's {@code db} indicator.
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            Document result = mongo.executeCommand(new Document("ping", 1));
            return ((Number) result.get("ok")).doubleValue() == 1.0 ? Health.up().build() : Health.down().build();
        };
    }
}
