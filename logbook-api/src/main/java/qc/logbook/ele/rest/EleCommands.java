package qc.logbook.ele.rest;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;

/**
 * Sends the ÉLÉ commands and waits for their outcome. A command aimed at a measure or a team that does not exist
 * becomes a {@link RuleViolation} of kind NOT_FOUND, so the client gets the same problem document as for any other
 * unknown resource.
 */
@Component
class EleCommands {

    private final CommandGateway commandGateway;

    EleCommands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    <R> R send(Object command, String unknownRule) {
        try {
            return commandGateway.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound(null, unknownRule);
        }
    }

    <R> R toMeasure(Object command) {
        return send(command, "funding-measure.unknown");
    }

    <R> R toLocalTeam(Object command) {
        return send(command, "local-team.unknown");
    }
}
