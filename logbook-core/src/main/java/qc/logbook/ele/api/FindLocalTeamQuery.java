package qc.logbook.ele.api;

/** One local team. */
public record FindLocalTeamQuery(LocalTeamId localTeamId) {
}
