package qc.logbook.ele.query;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import qc.logbook.ele.api.LocalTeamFormedEvent;
import qc.logbook.ele.api.LocalTeamRevisedEvent;
import qc.logbook.ele.api.TeamMembers;

/**
 * Read model of one local team (ÉLÉ). Fold methods are pure, so tests call them without Spring or a store.
 *
 * @param version sequence number of the last event folded in, which makes redelivered events no-ops
 */
@Document(LocalTeamView.COLLECTION)
public record LocalTeamView(
        @Id String id,
        long version,
        String name,
        String territory,
        TeamMembers members,
        List<String> partnerOrganisations,
        List<String> tenantNeeds) {

    public static final String COLLECTION = "ele_local_teams";

    public LocalTeamView {
        partnerOrganisations = List.copyOf(partnerOrganisations == null ? List.of() : partnerOrganisations);
        tenantNeeds = List.copyOf(tenantNeeds == null ? List.of() : tenantNeeds);
    }

    public static LocalTeamView formed(LocalTeamFormedEvent event, long sequence) {
        var d = event.details();
        return new LocalTeamView(event.localTeamId().toString(), sequence, d.name(), d.territory(), d.members(),
                d.partnerOrganisations(), d.tenantNeeds());
    }

    public LocalTeamView revised(LocalTeamRevisedEvent event, long sequence) {
        var d = event.details();
        return new LocalTeamView(id, sequence, d.name(), d.territory(), d.members(), d.partnerOrganisations(),
                d.tenantNeeds());
    }
}
