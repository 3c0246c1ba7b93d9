package qc.logbook.ele.command;

import static qc.logbook.ele.command.Violations.conflict;
import static qc.logbook.ele.command.Violations.forbidden;
import static qc.logbook.ele.command.Violations.invalid;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.ele.api.FormLocalTeamCommand;
import qc.logbook.ele.api.LocalTeamDetails;
import qc.logbook.ele.api.LocalTeamFormedEvent;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.LocalTeamRevisedEvent;
import qc.logbook.ele.api.ReviseLocalTeamCommand;
import qc.logbook.ele.api.TeamMembers;

class LocalTeamTest {

    private static final LocalTeamId ID = LocalTeamId.of("6f1c1d2e-1111-4a4a-9b9b-000000000001");
    private static final LocalTeamDetails ETCHEMINS = new LocalTeamDetails("ÉLÉ des Etchemins", "LES-ETCHEMINS",
            new TeamMembers(2, 4, 3, 2), List.of("Maison des jeunes", "Transport collectif des Etchemins"),
            List.of("Se déplacer l'hiver", "Briser l'isolement des aînés"));

    private FixtureConfiguration<LocalTeam> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LocalTeam.class);
    }

    @Test
    void formsATeamInATerritory() {
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, ETCHEMINS))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID)
                .expectEvents(new LocalTeamFormedEvent(ID, ETCHEMINS));
    }

    @Test
    void answersARetriedFormationWithoutNewEvents() {
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS))
                .when(new FormLocalTeamCommand(ID, ETCHEMINS))
                .expectResultMessagePayload(ID)
                .expectNoEvents();
    }

    @Test
    void answersARetriedFormationAsARetryEvenAfterARevision() {
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS),
                        new LocalTeamRevisedEvent(ID, withName("ÉLÉ Etchemins")))
                .when(new FormLocalTeamCommand(ID, ETCHEMINS))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ID)
                .expectNoEvents();
    }

    @Test
    void rejectsAnotherTeamUnderATakenId() {
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS))
                .when(new FormLocalTeamCommand(ID, withName("ÉLÉ de Lévis")))
                .expectException(conflict("local-team.id-taken", "id"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownTerritory() {
        LocalTeamDetails details = new LocalTeamDetails("ÉLÉ", "ATLANTIS", ETCHEMINS.members(), List.of(), List.of());
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, details))
                .expectException(invalid("territory.unknown", "territory"))
                .expectNoEvents();
    }

    @Test
    void rejectsABlankName() {
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, withName("  ")))
                .expectException(invalid("text.required", "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsATeamWithoutMembers() {
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, withMembers(new TeamMembers(0, 0, 0, 0))))
                .expectException(invalid("local-team.members-required", "members"))
                .expectNoEvents();
    }

    @Test
    void rejectsANegativeCountOfMembers() {
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, withMembers(new TeamMembers(2, -1, 0, 0))))
                .expectException(invalid("count.out-of-range", "members.tenants"))
                .expectNoEvents();
    }

    @Test
    void rejectsABlankNeedAndNamesItsPosition() {
        LocalTeamDetails details = new LocalTeamDetails(ETCHEMINS.name(), ETCHEMINS.territory(), ETCHEMINS.members(),
                List.of(), List.of("Se déplacer l'hiver", " "));
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, details))
                .expectException(invalid("text.required", "tenantNeeds[1]"))
                .expectNoEvents();
    }

    @Test
    void revisesMembersAndNeeds() {
        LocalTeamDetails revised = withMembers(new TeamMembers(3, 6, 3, 2));
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS))
                .when(new ReviseLocalTeamCommand(ID, revised))
                .expectEvents(new LocalTeamRevisedEvent(ID, revised));
    }

    @Test
    void ignoresARevisionThatChangesNothing() {
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS))
                .when(new ReviseLocalTeamCommand(ID, ETCHEMINS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void keepsTheTerritoryOfATeam() {
        LocalTeamDetails moved = new LocalTeamDetails(ETCHEMINS.name(), "LEVIS", ETCHEMINS.members(),
                ETCHEMINS.partnerOrganisations(), ETCHEMINS.tenantNeeds());
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS))
                .when(new ReviseLocalTeamCommand(ID, moved))
                .expectException(conflict("local-team.territory-fixed", "territory"))
                .expectNoEvents();
    }

    @Test
    void formsATeamOnlyInTheUsersTerritories() {
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, ETCHEMINS), Map.of(TerritoryScope.METADATA_KEY, "LEVIS"))
                .expectException(forbidden("territory.out-of-scope", "territory"))
                .expectNoEvents();
    }

    @Test
    void formsATeamInOneOfTheUsersTerritories() {
        fixture.givenNoPriorActivity()
                .when(new FormLocalTeamCommand(ID, ETCHEMINS),
                        Map.of(TerritoryScope.METADATA_KEY, "LEVIS,LES-ETCHEMINS"))
                .expectEvents(new LocalTeamFormedEvent(ID, ETCHEMINS));
    }

    @Test
    void revisesATeamOnlyInTheUsersTerritories() {
        fixture.given(new LocalTeamFormedEvent(ID, ETCHEMINS))
                .when(new ReviseLocalTeamCommand(ID, withName("ÉLÉ Etchemins")),
                        Map.of(TerritoryScope.METADATA_KEY, "LEVIS"))
                .expectException(forbidden("territory.out-of-scope", "territory"))
                .expectNoEvents();
    }

    private static LocalTeamDetails withName(String name) {
        return new LocalTeamDetails(name, ETCHEMINS.territory(), ETCHEMINS.members(),
                ETCHEMINS.partnerOrganisations(), ETCHEMINS.tenantNeeds());
    }

    private static LocalTeamDetails withMembers(TeamMembers members) {
        return new LocalTeamDetails(ETCHEMINS.name(), ETCHEMINS.territory(), members,
                ETCHEMINS.partnerOrganisations(), ETCHEMINS.tenantNeeds());
    }
}
