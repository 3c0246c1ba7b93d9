package qc.logbook.ele.api;

/**
 * A page of projects, by territory then title. Every filter may be {@code null}; a project shared by several
 * territories matches each of them.
 */
public record FindProjectsQuery(FundingMeasureId measureId, String territory, LocalTeamId localTeamId, int page,
                                int size) {
}
