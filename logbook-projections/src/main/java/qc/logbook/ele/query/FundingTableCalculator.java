package qc.logbook.ele.query;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Territory;

/**
 * Folds the read models into the {@link FundingTable}. Pure: no store, no Spring; the same views give the same table,
 * in the same order, which is what makes a rebuilt table comparable to the one before.
 */
public final class FundingTableCalculator {

    private static final Collator FRENCH = Collator.getInstance(Locale.CANADA_FRENCH);

    static {
        FRENCH.setStrength(Collator.SECONDARY);
    }

    private FundingTableCalculator() {
    }

    public static FundingTable compute(List<FundingMeasureView> measures, List<LocalTeamView> teams,
                                       List<ProjectView> projects) {
        return compute(measures, teams, projects, null);
    }

    /**
     * The table of the projects given, with territory groups only for {@code visibleTerritories} ({@code null} for
     * all): a user who sees some territories gets the projects reaching them, shared ones included, and the groups of
     * their own territories.
     */
    public static FundingTable compute(List<FundingMeasureView> measures, List<LocalTeamView> teams,
                                       List<ProjectView> projects, Set<String> visibleTerritories) {
        Map<String, FundingMeasureView> measureById = measures.stream()
                .collect(Collectors.toMap(FundingMeasureView::id, Function.identity(), (a, b) -> a));
        Map<String, LocalTeamView> teamById = teams.stream()
                .collect(Collectors.toMap(LocalTeamView::id, Function.identity(), (a, b) -> a));

        List<FundingTable.Line> lines = projects.stream()
                .filter(ProjectView::funded)
                .map(p -> line(p, measureById.get(p.measureId()), teamById.get(p.localTeamId())))
                .sorted(Comparator.comparingInt((FundingTable.Line l) -> territoryRank(l.territories().get(0)))
                        .thenComparing(FundingTable.Line::title, FRENCH)
                        .thenComparing(FundingTable.Line::projectId))
                .toList();

        Figures totals = sum(lines);

        Map<String, List<FundingTable.Line>> byTerritory = new LinkedHashMap<>();
        lines.stream()
                .flatMap(l -> l.territories().stream())
                .distinct()
                .filter(code -> visibleTerritories == null || visibleTerritories.contains(code))
                .sorted(Comparator.comparingInt(FundingTableCalculator::territoryRank)
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(code -> byTerritory.put(code, lines.stream()
                        .filter(l -> l.territories().contains(code))
                        .sorted(Comparator.comparing(FundingTable.Line::title, FRENCH)
                                .thenComparing(FundingTable.Line::projectId))
                        .toList()));
        List<FundingTable.Group> territoryGroups = byTerritory.entrySet().stream().map(e -> {
            Optional<Territory> territory = Territories.byCode(e.getKey());
            int shared = (int) e.getValue().stream().filter(FundingTable.Line::shared).count();
            return new FundingTable.Group(e.getKey(), territory.map(Territory::labelFr).orElse(e.getKey()),
                    territory.map(Territory::labelEn).orElse(e.getKey()), e.getValue(), shared, sum(e.getValue()));
        }).toList();

        Function<FundingTable.Line, String> teamName =
                l -> l.localTeamName() == null ? l.localTeamId() : l.localTeamName();
        List<FundingTable.Group> teamGroups = group(lines, FundingTable.Line::localTeamId, teamName, teamName,
                Comparator.comparing((FundingTable.Line l) -> l.localTeamName() == null ? "" : l.localTeamName(),
                        FRENCH).thenComparing(FundingTable.Line::localTeamId));
        List<FundingTable.Group> periodGroups = group(lines, FundingTable.Line::periodCode,
                l -> "Entente " + l.periodCode(), l -> "Agreement " + l.periodCode(),
                Comparator.comparing(FundingTable.Line::periodCode));
        return new FundingTable(lines, territoryGroups, teamGroups, periodGroups, totals);
    }

    private static FundingTable.Line line(ProjectView p, FundingMeasureView measure, LocalTeamView team) {
        return new FundingTable.Line(p.id(), p.title(), p.territories(), p.shared(), p.localTeamId(),
                team == null ? null : team.name(), p.measureId(),
                measure == null ? null : new FundingPeriod(measure.firstYear(), measure.lastYear()).code(),
                p.status(), p.researchDocumented(), p.persons(), p.participations(), p.outcomes(), Figures.of(p));
    }

    /** Groups lines that each belong to exactly one key, in the order given. */
    private static List<FundingTable.Group> group(List<FundingTable.Line> lines,
                                                  Function<FundingTable.Line, String> key,
                                                  Function<FundingTable.Line, String> labelFr,
                                                  Function<FundingTable.Line, String> labelEn,
                                                  Comparator<FundingTable.Line> order) {
        Map<String, List<FundingTable.Line>> groups = new LinkedHashMap<>();
        lines.stream().sorted(order).forEach(l -> groups
                .computeIfAbsent(String.valueOf(key.apply(l)), k -> new ArrayList<>()).add(l));
        return groups.entrySet().stream()
                .map(e -> new FundingTable.Group(e.getKey(), labelFr.apply(e.getValue().get(0)),
                        labelEn.apply(e.getValue().get(0)), List.copyOf(e.getValue()), 0, sum(e.getValue())))
                .toList();
    }

    private static Figures sum(List<FundingTable.Line> lines) {
        return lines.stream().map(FundingTable.Line::figures).reduce(Figures.NONE, Figures::plus);
    }

    /** Territories in the order of the reference data (the order of the seed's regional tables). */
    private static int territoryRank(String code) {
        List<Territory> all = Territories.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return i;
            }
        }
        return all.size();
    }
}
