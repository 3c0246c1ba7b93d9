package qc.logbook.ele.api;

import java.util.Set;

/**
 * A page of local teams, by territory then name.
 *
 * @param territories only the teams of these territories; {@code null} for every territory, empty for none
 */
public record FindLocalTeamsQuery(Set<String> territories, int page, int size) {
}
