package qc.logbook.practice.query;

import java.util.List;

/**
 * How many interventions of the journal de bord applied a practice (named it on a collective support), by territory.
 *
 * @param interventions every intervention that applied it, not cancelled
 * @param territories   the same by territory code, most first
 */
public record PracticeUses(String practiceId, long interventions, List<TerritoryUses> territories) {

    public record TerritoryUses(String territory, long interventions) {
    }
}
