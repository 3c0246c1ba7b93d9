package qc.logbook.ele.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace the description of a local team (its members, partners and the needs tenants named); its territory stays.
 * Sending the same description again changes nothing.
 */
public record ReviseLocalTeamCommand(
        @TargetAggregateIdentifier LocalTeamId localTeamId,
        LocalTeamDetails details) {
}
