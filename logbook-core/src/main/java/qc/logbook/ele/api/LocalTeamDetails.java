package qc.logbook.ele.api;

import java.util.List;
import java.util.Objects;

/**
 * What describes a local extended team (équipe locale élargie, ÉLÉ). A revision replaces the whole description.
 *
 * @param name                  the team's name, e.g. "ÉLÉ des Etchemins"
 * @param territory             territory code (see {@link qc.logbook.reference.Territories}); fixed once formed
 * @param members               members counted by kind
 * @param partnerOrganisations  names of the partner organisations (organisations, never persons)
 * @param tenantNeeds           the needs tenants named, which the team's projects answer
 */
public record LocalTeamDetails(
        String name,
        String territory,
        TeamMembers members,
        List<String> partnerOrganisations,
        List<String> tenantNeeds) {

    public LocalTeamDetails {
        partnerOrganisations = copy(partnerOrganisations);
        tenantNeeds = copy(tenantNeeds);
    }

    static List<String> copy(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(t -> t == null ? null : t.strip())
                .filter(Objects::nonNull).toList();
    }
}
