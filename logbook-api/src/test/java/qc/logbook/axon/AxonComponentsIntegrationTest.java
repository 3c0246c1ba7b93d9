package qc.logbook.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import qc.logbook.support.LogbookIntegrationTest;

/** The Axon components chosen for the command path's cost are the ones the application runs with. */
@LogbookIntegrationTest
class AxonComponentsIntegrationTest {

    @Autowired
    Configuration axon;

    @Autowired
    TimeoutProperties timeouts;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aggregatesFindCommandTargetsWithTheCachedResolver() {
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(CachedCommandTargetResolver.class);
    }

    @Test
    void unitsOfWorkKeepTheirTimeLimitWhileSingleHandlersHaveNone() {
        TaskTimeoutSettings commandBus = timeouts.getTransaction().getCommandBus();
        assertThat(commandBus.getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
        for (TaskTimeoutSettings handler : new TaskTimeoutSettings[] {timeouts.getHandler().getCommands(),
                timeouts.getHandler().getEvents(), timeouts.getHandler().getQueries(),
                timeouts.getHandler().getDeadlines()}) {
            assertThat(handler.getTimeoutMs()).isNegative();
            assertThat(handler.getWarningThresholdMs()).isNegative();
        }
    }

    @Test
    void everyEventProcessorNotesThePositionsOfItsTokensForTheReadModelStore() {
        assertThat(processing.eventProcessors()).containsKeys("intervention-details", "referral-breakdown",
                "ele-funding", "practice-search", "practice-details");
        processing.eventProcessors().keySet().forEach(name -> assertThat(processing.tokenStore(name))
                .as(name).isInstanceOf(ReadModelBatchCommit.PositionNotingTokenStore.class));
    }
}
