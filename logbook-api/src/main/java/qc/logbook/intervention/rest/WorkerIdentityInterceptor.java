package qc.logbook.intervention.rest;

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
import qc.logbook.domain.TerritoryScope;
import qc.logbook.domain.WorkerScope;
import qc.logbook.intervention.api.CorrectInterventionCommand;
import qc.logbook.intervention.api.InterventionDetails;
import qc.logbook.intervention.api.RecordInterventionCommand;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.LogbookUsers;
import qc.logbook.security.Role;

/**
 * The worker identity rule, resolved for the aggregate: on every command that names the worker of an intervention,
 * whatever sent it (the API, the pages), adds the worker ids the signed-in user may name ({@link WorkerScope}) — their
 * own id, and for a coordinator the named worker if that is an enabled worker account of the intervention's territory.
 * The aggregate, where the command is handled, refuses any other. A coordinator of every territory may record for any
 * worker id: provincial coordination and imports name workers who may have no account here (with OIDC, accounts live
 * in the identity provider).
 */
@Component
class WorkerIdentityInterceptor implements MessageDispatchInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

    private final CommandBus commandBus;
    private final CurrentUser currentUser;
    private final LogbookUsers accounts;

    WorkerIdentityInterceptor(CommandBus commandBus, CurrentUser currentUser, LogbookUsers accounts) {
        this.commandBus = commandBus;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            Object payload = message.getPayload();
            InterventionDetails details = payload instanceof RecordInterventionCommand record ? record.details()
                    : payload instanceof CorrectInterventionCommand correction ? correction.details() : null;
            if (details == null) {
                return message;
            }
            // Never what the sender says: the scope comes from the authenticated request, as the territory scope.
            Map<String, Object> metaData = new HashMap<>(message.getMetaData());
            metaData.remove(WorkerScope.METADATA_KEY);
            currentUser.get().ifPresent(user -> metaData.put(WorkerScope.METADATA_KEY, mayRecordFor(user, details)));
            return message.withMetaData(metaData);
        };
    }

    String mayRecordFor(LogbookUser user, InterventionDetails details) {
        if (!user.has(Role.COORDINATOR)) {
            return user.id();
        }
        if (user.allTerritories()) {
            return WorkerScope.ANY;
        }
        String named = details.worker() == null ? null : details.worker().value();
        String territory = details.territory();
        if (named == null || named.equals(user.id()) || territory == null || !user.canSee(territory)) {
            return user.id();
        }
        Optional<String> worker = accounts.findById(named)
                .filter(account -> account.enabled() && account.has(Role.WORKER))
                .filter(account -> account.territories().contains(TerritoryScope.ALL)
                        || account.territories().contains(territory))
                .map(account -> account.id());
        return worker.map(id -> user.id() + "," + id).orElse(user.id());
    }
}
