package qc.logbook.ele.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qc.logbook.ele.api.FundingMeasureDefinedEvent;
import qc.logbook.ele.api.LocalTeamFormedEvent;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectStatus;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;

class FundingTableCalculatorTest {

    /** The read model folded from events, as the projection folds it, without a store. */
    private final Map<String, FundingMeasureView> measures = new LinkedHashMap<>();
    private final Map<String, LocalTeamView> teams = new LinkedHashMap<>();
    private final Map<String, ProjectView> projects = new LinkedHashMap<>();

    @Test
    void reproducesTheSeedTotals() {
        FundingTable table = seedTable();

        assertThat(table.totals().projects()).isEqualTo(9);
        assertThat(table.totals().support()).isEqualTo("41300.00");
        assertThat(table.totals().totalCost()).isEqualTo("94161.00");
        assertThat(table.totals().supportCents()).isEqualTo(4_130_000);
        assertThat(table.totals().totalCostCents()).isEqualTo(9_416_100);
        assertThat(table.totals().leverage()).isEqualTo("2.28");
    }

    @Test
    void keepsPersonsAndParticipationsApart() {
        FundingTable table = seedTable();

        assertThat(table.totals().persons()).isEqualTo(66 + 250 + 63 + 120 + 45 + 22 + 108);
        assertThat(table.totals().participations()).isEqualTo(595 + 1354);
    }

    @Test
    void reproducesEachProjectOfTheSeed() {
        FundingTable table = seedTable();

        assertThat(table.projects())
                .extracting(FundingTable.Line::title, l -> l.figures().support(), l -> l.figures().totalCost(),
                        FundingTable.Line::shared, FundingTable.Line::researchDocumented)
                .containsExactly(
                        tuple("Le Carré Famille St-Maurice", "6000.00", "15137.00", false, true),
                        tuple("Conférences sur les deuils et sur les pertes, sur les préjugés, et sur la "
                                + "participation citoyenne", "5500.00", "5925.00", true, false),
                        tuple("Liaison Club Parentaide et les HML famille", "5300.00", "8717.00", false, true),
                        tuple("Familles en action!", "1000.00", "2000.00", false, false),
                        tuple("Transport collectif – Service adapté aux aînés", "2000.00", "7000.00", false, false),
                        tuple("Jardin collectif à Dosquet", "5500.00", "8690.00", false, false),
                        tuple("Entre voisins, pourquoi pas des liens!", "6875.00", "30044.00", false, false),
                        tuple("Groupes de couponnage", "3625.00", "7905.00", false, true),
                        tuple("Jardin collectif à l'OMH de Montmagny", "5500.00", "8743.00", false, false));
    }

    @Test
    void listsASharedProjectUnderEachTerritoryAndCountsItOnceInTotals() {
        FundingTable table = seedTable();

        assertThat(table.territories())
                .extracting(FundingTable.Group::key, g -> g.subtotal().projects(), FundingTable.Group::sharedProjects,
                        g -> g.subtotal().support(), g -> g.subtotal().totalCost(), g -> g.subtotal().leverage(),
                        g -> g.subtotal().persons(), g -> g.subtotal().participations())
                .containsExactly(
                        tuple("LES-APPALACHES", 1, 0, "6000.00", "15137.00", "2.52", 66L, 0L),
                        tuple("BEAUCE-SARTIGAN", 1, 1, "5500.00", "5925.00", "1.08", 250L, 0L),
                        tuple("ROBERT-CLICHE", 2, 1, "10800.00", "14642.00", "1.36", 358L, 0L),
                        tuple("LES-ETCHEMINS", 2, 0, "3000.00", "9000.00", "3.00", 63L, 595L),
                        tuple("LOTBINIERE", 1, 0, "5500.00", "8690.00", "1.58", 120L, 0L),
                        tuple("LEVIS", 2, 0, "10500.00", "37949.00", "3.61", 22L, 1354L),
                        tuple("MONTMAGNY", 1, 0, "5500.00", "8743.00", "1.59", 45L, 0L));
        FundingTable.Group robertCliche = table.territories().get(2);
        assertThat(robertCliche.labelFr()).isEqualTo("Robert-Cliche (Beauce-Centre)");
        assertThat(robertCliche.projects()).filteredOn(FundingTable.Line::shared)
                .extracting(FundingTable.Line::territories)
                .containsExactly(List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"));
        long supportUnderTerritories = table.territories().stream().mapToLong(g -> g.subtotal().supportCents()).sum();
        assertThat(supportUnderTerritories).as("the shared project appears under two territories")
                .isEqualTo(table.totals().supportCents() + 550_000);
    }

    @Test
    void subtotalsPerLocalTeamAndPeriodAddUpToTheTotals() {
        FundingTable table = seedTable();

        assertThat(table.localTeams()).hasSize(7);
        assertThat(table.localTeams()).filteredOn(g -> g.labelFr().equals("ÉLÉ de Beauce-Sartigan"))
                .singleElement()
                .satisfies(g -> assertThat(g.subtotal().support()).isEqualTo("5500.00"));
        assertThat(table.localTeams().stream().map(FundingTable.Group::subtotal).reduce(Figures.NONE, Figures::plus))
                .isEqualTo(table.totals());
        assertThat(table.periods()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("2013-2016");
            assertThat(g.labelFr()).isEqualTo("Entente 2013-2016");
            assertThat(g.subtotal()).isEqualTo(table.totals());
        });
    }

    @Test
    void leavesOutProjectsNotFundedOrCancelled() {
        fold(SeedFunding.events());
        var extra = SeedFunding.PROJECTS.get(0);
        var submittedOnly = new ProjectSubmittedEvent(SeedFunding.MEASURE,
                qc.logbook.ele.api.ProjectId.of("00000000-0000-4000-b000-000000000099"), extra.team().id(),
                SeedFunding.details(extra));
        ProjectView pending = ProjectView.submitted(submittedOnly, 100);
        projects.put(pending.id(), pending);
        ProjectView couponing = projects.get(SeedFunding.PROJECTS.get(6).id().toString());
        projects.put(couponing.id(), couponing.cancelled(
                new ProjectCancelledEvent(SeedFunding.MEASURE, SeedFunding.PROJECTS.get(6).id(), "Abandon"), 101));

        FundingTable table = table();

        assertThat(table.totals().projects()).isEqualTo(8);
        assertThat(table.totals().support()).isEqualTo("37675.00");
    }

    @Test
    void foldsACorrectionOfACompletedProject() {
        fold(SeedFunding.events());
        var couponing = SeedFunding.PROJECTS.get(6);
        ProjectView before = projects.get(couponing.id().toString());
        var details = SeedFunding.details(couponing);
        var corrected = new qc.logbook.ele.api.ProjectDetails(details.title(), details.territories(),
                details.description(), qc.logbook.ele.api.Participants.persons(23), details.outcomes(),
                Money.ofDollars(8_000), true);

        ProjectView after = before.corrected(new ProjectFiguresCorrectedEvent(SeedFunding.MEASURE, couponing.id(),
                corrected, Money.ofDollars(3_700), "Bilan final"), 200);

        assertThat(after.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(after.supportCents()).isEqualTo(370_000);
        assertThat(after.totalCostCents()).isEqualTo(800_000);
        assertThat(after.persons()).isEqualTo(23);
        assertThat(after.correctionReasons()).containsExactly("Bilan final");
        assertThat(after.version()).isEqualTo(200);
    }

    @Test
    void tracksWhatRemainsOfTheEnvelope() {
        fold(SeedFunding.events());
        FundingMeasureView measure = measures.get(SeedFunding.MEASURE.toString());

        assertThat(measure.envelope()).isEqualTo("50000.00");
        assertThat(measure.granted()).isEqualTo("41300.00");
        assertThat(measure.remaining()).isEqualTo("8700.00");
        assertThat(measure.periodCode()).isEqualTo("2013-2016");

        FundingMeasureView afterCancellation = measure.committed(SeedFunding.PROJECTS.get(7).id().toString(),
                Money.ZERO, 500);
        assertThat(afterCancellation.remaining()).isEqualTo("15575.00");
    }

    @Test
    void computesTheSameTableWhateverTheOrderOfTheViews() {
        fold(SeedFunding.events());
        FundingTable table = table();
        List<ProjectView> reversed = new ArrayList<>(projects.values());
        java.util.Collections.reverse(reversed);

        assertThat(FundingTableCalculator.compute(List.copyOf(measures.values()), List.copyOf(teams.values()),
                reversed)).isEqualTo(table);
    }

    @Test
    void showsAUserOfOneTerritoryItsProjectsSharedOnesIncluded() {
        fold(SeedFunding.events());
        List<ProjectView> reachingRobertCliche = projects.values().stream()
                .filter(p -> p.territories().contains("ROBERT-CLICHE")).toList();

        FundingTable table = FundingTableCalculator.compute(List.copyOf(measures.values()),
                List.copyOf(teams.values()), reachingRobertCliche, java.util.Set.of("ROBERT-CLICHE"));

        assertThat(table.territories()).extracting(FundingTable.Group::key).containsExactly("ROBERT-CLICHE");
        assertThat(table.totals().projects()).isEqualTo(2);
        assertThat(table.totals().support()).isEqualTo("10800.00");
        assertThat(table.totals().totalCost()).isEqualTo("14642.00");
        assertThat(table.localTeams()).extracting(FundingTable.Group::labelFr)
                .containsExactlyInAnyOrder("ÉLÉ de Beauce-Sartigan", "ÉLÉ de Robert-Cliche");
    }

    @Test
    void givesNoLeverageWithoutSupport() {
        assertThat(Figures.NONE.leverage()).isNull();
        assertThat(new Figures(1, 300, 1000, 0, 0).leverage()).isEqualTo("3.33");
        assertThat(new Figures(1, 600, 1000, 0, 0).leverage()).isEqualTo("1.67");
    }

    private FundingTable seedTable() {
        fold(SeedFunding.events());
        return table();
    }

    private FundingTable table() {
        return FundingTableCalculator.compute(List.copyOf(measures.values()), List.copyOf(teams.values()),
                List.copyOf(projects.values()));
    }

    private void fold(List<SeedFunding.Sequenced> events) {
        for (SeedFunding.Sequenced s : events) {
            long seq = s.sequence();
            Object event = s.event();
            if (event instanceof FundingMeasureDefinedEvent e) {
                measures.put(e.measureId().toString(), FundingMeasureView.defined(e, seq));
            } else if (event instanceof LocalTeamFormedEvent e) {
                teams.put(e.localTeamId().toString(), LocalTeamView.formed(e, seq));
            } else if (event instanceof ProjectSubmittedEvent e) {
                projects.put(e.projectId().toString(), ProjectView.submitted(e, seq));
            } else if (event instanceof ProjectSupportGrantedEvent e) {
                projects.computeIfPresent(e.projectId().toString(), (k, p) -> p.granted(e, seq));
                measures.computeIfPresent(e.measureId().toString(),
                        (k, m) -> m.committed(e.projectId().toString(), e.support(), seq));
            } else if (event instanceof ProjectCompletedEvent e) {
                projects.computeIfPresent(e.projectId().toString(), (k, p) -> p.completed(e, seq));
            } else {
                throw new IllegalArgumentException("not in the seed: " + event);
            }
        }
    }
}
