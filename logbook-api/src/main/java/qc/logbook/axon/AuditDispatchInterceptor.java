package qc.logbook.axon;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sent it, what it is and when it was received, before it reaches its handler. The
 * values come from {@link RequestActor}, which the web layer fills for the current request.
 */
@Component
class AuditDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

    private final CommandBus commandBus;
    private final RequestActor requestActor;

    AuditDispatchInterceptor(CommandBus commandBus, RequestActor requestActor) {
        this.commandBus = commandBus;
        this.requestActor = requestActor;
    }

    @Override
    public void afterSingletonsInstantiated() {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            Map<String, Object> audit = new HashMap<>();
            audit.putIfAbsent(AuditMetadata.USER_ID, requestActor.userId());
            audit.put(AuditMetadata.COMMAND_NAME, message.getPayloadType().getSimpleName());
            audit.put(AuditMetadata.RECEIVED_AT, Instant.now().toString());
            requestActor.requestId().ifPresent(id -> audit.put(AuditMetadata.REQUEST_ID, id));
            // Values already set by the sender (a replayed import, a test) win over the defaults.
            audit.putAll(message.getMetaData());
            return message.andMetaData(audit);
        };
    }
}
