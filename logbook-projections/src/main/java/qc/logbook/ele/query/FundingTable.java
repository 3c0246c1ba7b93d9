package qc.logbook.ele.query;

import java.util.List;
import qc.logbook.ele.api.ProjectStatus;

/**
 * The funding table of the ÉLÉ projects, as in the seed's table "soutien Entente / coût total": every funded project
 * once; the projects of each territory, where a project shared by several territories appears under each of them,
 * marked as shared; subtotals per territory, per local team and per period; and grand totals in which every project
 * counts once. Because a shared project appears under each of its territories, the territory subtotals may add up to
 * more than the grand total; the team and period subtotals add up to it exactly.
 */
public record FundingTable(
        List<Line> projects,
        List<Group> territories,
        List<Group> localTeams,
        List<Group> periods,
        Figures totals) {

    /**
     * One project of the table.
     *
     * @param shared whether the project is shared by several territories
     */
    public record Line(
            String projectId,
            String title,
            List<String> territories,
            boolean shared,
            String localTeamId,
            String localTeamName,
            String measureId,
            String periodCode,
            ProjectStatus status,
            boolean researchDocumented,
            Integer persons,
            Integer participations,
            List<String> outcomes,
            Figures figures) {
    }

    /**
     * A territory, a local team or a period, with its projects and subtotal.
     *
     * @param key            territory code, local team id or period code
     * @param sharedProjects how many of its projects are shared with another territory (territories only)
     */
    public record Group(String key, String labelFr, String labelEn, List<Line> projects, int sharedProjects,
                        Figures subtotal) {
    }
}
