package qc.logbook.ele.api;

/**
 * Who sits on a local team, counted by kind of member. Only counts: no tenant ever appears by name.
 *
 * @param workers                community-support workers (intervenants en soutien communautaire)
 * @param tenants                tenants of social and community housing
 * @param communityPartners      partners from community organisations (milieu communautaire)
 * @param institutionalPartners  partners from public institutions (milieu institutionnel: CISSS, municipality, school…)
 */
public record TeamMembers(int workers, int tenants, int communityPartners, int institutionalPartners) {

    public int total() {
        return workers + tenants + communityPartners + institutionalPartners;
    }
}
