package qc.logbook.ele.api;

import org.axonframework.serialization.Revision;

/** The description of a local team was replaced. */
@Revision("1")
public record LocalTeamRevisedEvent(
        LocalTeamId localTeamId,
        LocalTeamDetails details) {
}
