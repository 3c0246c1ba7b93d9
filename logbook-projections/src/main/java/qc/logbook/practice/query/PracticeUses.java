package qc.logbook.practice.query;

import java.util.List;

/**
 * How many interventions of the journal de bord (a collective support naming the practice) and how many ÉLÉ projects
 * applied a practice, by territory. A project shared by several territories counts once in {@code projects} and once
 * under each of its territories.
 *
 * @param interventions every intervention that applied it, not cancelled
 * @param projects      every ÉLÉ project that applied it, not cancelled
 * @param territories   the same by territory code, most uses first
 */
public record PracticeUses(String practiceId, long interventions, long projects, List<TerritoryUses> territories) {

    public record TerritoryUses(String territory, long interventions, long projects) {
    }
}
