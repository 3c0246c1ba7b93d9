package qc.logbook.ele.api;

import java.util.Set;

/**
 * A page of projects, by title. Every filter may be {@code null}.
 *
 * @param territories only the projects reaching one of these territories (a shared project matches each of its
 *                    territories); {@code null} for every territory, empty for none
 */
public record FindProjectsQuery(FundingMeasureId measureId, Set<String> territories, LocalTeamId localTeamId,
                                int page, int size) {
}
