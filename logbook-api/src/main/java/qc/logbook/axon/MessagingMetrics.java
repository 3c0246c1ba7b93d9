package qc.logbook.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;

/**
 * Micrometer metrics of the write and read sides: {@code logbook.commands} (count and latency per command and outcome)
 * and {@code logbook.processor.lag} (events a processing group still has to handle, per group).
 */
@Component
class MessagingMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    /** Timers by command type and outcome: looking a meter up by its tags on every command showed in profiles. */
    private final Map<Class<?>, Map<String, Timer>> timers = new ConcurrentHashMap<>();

    MessagingMetrics(MeterRegistry registry, CommandBus commandBus, EventStore eventStore,
                     EventProcessingConfiguration processing) {
        this.registry = registry;
        this.eventStore = eventStore;
        this.processing = processing;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "success";
        try {
            return chain.proceed();
        } catch (RuleViolation e) {
            outcome = "rejected";
            throw e;
        } catch (Exception e) {
            outcome = "error";
            throw e;
        } finally {
            sample.stop(timer(unitOfWork.getMessage().getPayloadType(), outcome));
        }
    }

    private Timer timer(Class<?> command, String outcome) {
        return timers.computeIfAbsent(command, type -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> Timer.builder("logbook.commands")
                        .description("Commands handled, by command and outcome")
                        .tag("command", command.getSimpleName())
                        .tag("outcome", o)
                        .register(registry));
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerProcessorLag() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("logbook.processor.lag", streaming, this::lag)
                        .description("Events of the store not yet handled by the processing group")
                        .tag("group", name)
                        .register(registry);
            }
        });
    }

    /** Head of the event store minus the slowest segment's position; the whole store when nothing is claimed yet. */
    long lag(StreamingEventProcessor processor) {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        long slowest = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1))
                .min().orElse(-1);
        return slowest < 0 ? headPosition : Math.max(0, headPosition - slowest);
    }

}
