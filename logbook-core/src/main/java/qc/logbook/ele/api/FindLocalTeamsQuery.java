package qc.logbook.ele.api;

/** A page of local teams, by territory then name; {@code territory} may be {@code null} for all. */
public record FindLocalTeamsQuery(String territory, int page, int size) {
}
