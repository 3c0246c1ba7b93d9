package qc.logbook.axon;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import qc.logbook.domain.AuditMetadata;
import qc.logbook.domain.TerritoryScope;

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
            // Values set by the sender (an import, a test) are kept, but never the user's identity or scope:
            // those always come from the authenticated request.
            Map<String, Object> audit = new HashMap<>(message.getMetaData());
            audit.putIfAbsent(AuditMetadata.COMMAND_NAME, message.getPayloadType().getSimpleName());
            audit.putIfAbsent(AuditMetadata.RECEIVED_AT, Instant.now().toString());
            requestActor.requestId().ifPresent(id -> audit.putIfAbsent(AuditMetadata.REQUEST_ID, id));
            Optional<String> scope = requestActor.territoryScope();
            if (scope.isPresent()) {
                audit.put(AuditMetadata.USER_ID, requestActor.userId());
                // Checked by aggregates against their own territory; not copied onto events.
                audit.put(TerritoryScope.METADATA_KEY, scope.get());
            } else {
                audit.putIfAbsent(AuditMetadata.USER_ID, RequestActor.SYSTEM);
            }
            return message.andMetaData(audit);
        };
    }
}
