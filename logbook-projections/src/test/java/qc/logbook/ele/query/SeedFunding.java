package qc.logbook.ele.query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import qc.logbook.ele.api.FundingMeasureDefinedEvent;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.FundingPeriod;
import qc.logbook.ele.api.LocalTeamDetails;
import qc.logbook.ele.api.LocalTeamFormedEvent;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.Participants;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;
import qc.logbook.ele.api.TeamMembers;

/**
 * The nine ÉLÉ projects of the seed's table (2013–2016 agreement, Chaudière-Appalaches), as the events that record
 * them: the measure, one local team per territory, then for each project its submission, support and completion.
 */
final class SeedFunding {

    static final FundingMeasureId MEASURE = FundingMeasureId.of("00000000-2013-4016-8000-000000000000");

    record Team(LocalTeamId id, String name, String territory) {
    }

    record Project(ProjectId id, Team team, String title, List<String> territories, Participants participants,
                   long supportDollars, long totalCostDollars, boolean researchDocumented) {
    }

    static final Team APPALACHES = team(1, "ÉLÉ des Appalaches", "LES-APPALACHES");
    static final Team BEAUCE_SARTIGAN = team(2, "ÉLÉ de Beauce-Sartigan", "BEAUCE-SARTIGAN");
    static final Team ETCHEMINS = team(3, "ÉLÉ des Etchemins", "LES-ETCHEMINS");
    static final Team LOTBINIERE = team(4, "ÉLÉ de Lotbinière", "LOTBINIERE");
    static final Team MONTMAGNY = team(5, "ÉLÉ de Montmagny", "MONTMAGNY");
    static final Team LEVIS = team(6, "ÉLÉ de Lévis", "LEVIS");
    static final Team ROBERT_CLICHE = team(7, "ÉLÉ de Robert-Cliche", "ROBERT-CLICHE");
    static final List<Team> TEAMS = List.of(APPALACHES, BEAUCE_SARTIGAN, ETCHEMINS, LOTBINIERE, MONTMAGNY, LEVIS,
            ROBERT_CLICHE);

    static final List<Project> PROJECTS = List.of(
            project(1, APPALACHES, "Le Carré Famille St-Maurice", List.of("LES-APPALACHES"),
                    Participants.persons(66), 6000, 15137, true),
            project(2, BEAUCE_SARTIGAN,
                    "Conférences sur les deuils et sur les pertes, sur les préjugés, et sur la participation citoyenne",
                    List.of("BEAUCE-SARTIGAN", "ROBERT-CLICHE"), Participants.persons(250), 5500, 5925, false),
            project(3, ETCHEMINS, "Transport collectif – Service adapté aux aînés", List.of("LES-ETCHEMINS"),
                    Participants.persons(63), 2000, 7000, false),
            project(4, ETCHEMINS, "Familles en action!", List.of("LES-ETCHEMINS"),
                    Participants.participations(595), 1000, 2000, false),
            project(5, LOTBINIERE, "Jardin collectif à Dosquet", List.of("LOTBINIERE"),
                    Participants.persons(120), 5500, 8690, false),
            project(6, MONTMAGNY, "Jardin collectif à l'OMH de Montmagny", List.of("MONTMAGNY"),
                    Participants.persons(45), 5500, 8743, false),
            project(7, LEVIS, "Groupes de couponnage", List.of("LEVIS"), Participants.persons(22), 3625, 7905, true),
            project(8, LEVIS, "Entre voisins, pourquoi pas des liens!", List.of("LEVIS"),
                    Participants.participations(1354), 6875, 30044, false),
            project(9, ROBERT_CLICHE, "Liaison Club Parentaide et les HML famille", List.of("ROBERT-CLICHE"),
                    Participants.persons(108), 5300, 8717, true));

    private SeedFunding() {
    }

    /** An event with the sequence number it has in its aggregate's stream. */
    record Sequenced(Object event, long sequence) {
    }

    /** Every event, in the order the service would have stored them. */
    static List<Sequenced> events() {
        List<Sequenced> events = new ArrayList<>();
        long measureSequence = 0;
        events.add(new Sequenced(new FundingMeasureDefinedEvent(MEASURE,
                "Mesure de soutien financier aux plans d'action des ÉLÉ", new FundingPeriod(2013, 2016),
                Money.ofDollars(50_000)), measureSequence++));
        for (Team team : TEAMS) {
            events.add(new Sequenced(new LocalTeamFormedEvent(team.id(), new LocalTeamDetails(team.name(),
                    team.territory(), new TeamMembers(2, 3, 2, 1), List.of(), List.of("Briser l'isolement"))), 0));
        }
        for (Project p : PROJECTS) {
            events.add(new Sequenced(new ProjectSubmittedEvent(MEASURE, p.id(), p.team().id(), details(p)),
                    measureSequence++));
            events.add(new Sequenced(new ProjectSupportGrantedEvent(MEASURE, p.id(),
                    Money.ofDollars(p.supportDollars())), measureSequence++));
            events.add(new Sequenced(new ProjectCompletedEvent(MEASURE, p.id()), measureSequence++));
        }
        return events;
    }

    static ProjectDetails details(Project p) {
        return new ProjectDetails(p.title(), p.territories(), null, p.participants(), List.of(),
                Money.ofDollars(p.totalCostDollars()), p.researchDocumented());
    }

    private static Team team(int n, String name, String territory) {
        return new Team(new LocalTeamId(UUID.fromString("00000000-0000-4000-a000-00000000000" + n)), name, territory);
    }

    private static Project project(int n, Team team, String title, List<String> territories,
                                   Participants participants, long support, long totalCost, boolean documented) {
        return new Project(new ProjectId(UUID.fromString("00000000-0000-4000-b000-00000000000" + n)), team, title,
                territories, participants, support, totalCost, documented);
    }
}
