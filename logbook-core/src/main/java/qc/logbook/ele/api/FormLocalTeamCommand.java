package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Form a local extended team (ÉLÉ) in a territory. Sending it again with the same id and content changes nothing; the
 * same id with other content is a conflict.
 */
public record FormLocalTeamCommand(
        @TargetAggregateIdentifier LocalTeamId localTeamId,
        LocalTeamDetails details) {
}
