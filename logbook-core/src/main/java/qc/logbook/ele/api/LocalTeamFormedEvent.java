package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** A local extended team (ÉLÉ) was formed in a territory. */
@Revision("1")
public record LocalTeamFormedEvent(
        LocalTeamId localTeamId,
        LocalTeamDetails details) {
}
