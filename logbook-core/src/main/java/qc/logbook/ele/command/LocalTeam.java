package qc.logbook.ele.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static qc.logbook.ele.command.EleRules.MAX_NAME;
import static qc.logbook.ele.command.EleRules.required;
import static qc.logbook.ele.command.EleRules.requireCount;
import static qc.logbook.ele.command.EleRules.requireTerritory;
import static qc.logbook.ele.command.EleRules.requireTexts;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CreationPolicy;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.domain.Text;
import qc.logbook.ele.api.FormLocalTeamCommand;
import qc.logbook.ele.api.LocalTeamDetails;
import qc.logbook.ele.api.LocalTeamFormedEvent;
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.api.LocalTeamRevisedEvent;
import qc.logbook.ele.api.ReviseLocalTeamCommand;
import qc.logbook.ele.api.TeamMembers;

/**
 * A local extended team (équipe locale élargie, ÉLÉ): the local concertation of community-support workers, tenants and
 * partners of a territory, centred on the needs tenants named. A user acts on a team only within their territories
 * (the {@link TerritoryScope} of the command).
 */
public class LocalTeam {

    public static final int MAX_MEMBERS_OF_A_KIND = 500;
    public static final int MAX_PARTNERS = 50;
    public static final int MAX_NEEDS = 30;
    public static final int MAX_NEED = 300;

    @AggregateIdentifier
    private LocalTeamId localTeamId;
    private LocalTeamDetails details;

    public LocalTeam() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LocalTeamId handle(FormLocalTeamCommand command,
                              @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        if (details != null) {
            TerritoryScope.require(scope, details.territory(), "territory");
            if (details.equals(command.details())) {
                return localTeamId; // a retry of the same creation: answer as the first time did
            }
            throw RuleViolation.conflict("id", "local-team.id-taken");
        }
        validate(command.details());
        TerritoryScope.require(scope, command.details().territory(), "territory");
        apply(new LocalTeamFormedEvent(command.localTeamId(), command.details()));
        return command.localTeamId();
    }

    @CommandHandler
    public void handle(ReviseLocalTeamCommand command, @MetaDataValue(TerritoryScope.METADATA_KEY) String scope) {
        TerritoryScope.require(scope, details.territory(), "territory");
        validate(command.details());
        if (!details.territory().equals(command.details().territory())) {
            throw RuleViolation.conflict("territory", "local-team.territory-fixed");
        }
        if (details.equals(command.details())) {
            return; // nothing new
        }
        apply(new LocalTeamRevisedEvent(localTeamId, command.details()));
    }

    @EventSourcingHandler
    void on(LocalTeamFormedEvent event) {
        localTeamId = event.localTeamId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(LocalTeamRevisedEvent event) {
        details = event.details();
    }

    static void validate(LocalTeamDetails details) {
        if (details == null) {
            throw RuleViolation.invalid(null, "local-team.details-required");
        }
        Text.requirePresent("name", details.name(), MAX_NAME);
        required("territory", details.territory());
        requireTerritory("territory", details.territory());
        TeamMembers members = details.members();
        required("members", members);
        requireCount("members.workers", members.workers(), MAX_MEMBERS_OF_A_KIND);
        requireCount("members.tenants", members.tenants(), MAX_MEMBERS_OF_A_KIND);
        requireCount("members.communityPartners", members.communityPartners(), MAX_MEMBERS_OF_A_KIND);
        requireCount("members.institutionalPartners", members.institutionalPartners(), MAX_MEMBERS_OF_A_KIND);
        if (members.total() == 0) {
            throw RuleViolation.invalid("members", "local-team.members-required");
        }
        requireTexts("partnerOrganisations", details.partnerOrganisations(), MAX_PARTNERS, MAX_NAME);
        requireTexts("tenantNeeds", details.tenantNeeds(), MAX_NEEDS, MAX_NEED);
    }
}
