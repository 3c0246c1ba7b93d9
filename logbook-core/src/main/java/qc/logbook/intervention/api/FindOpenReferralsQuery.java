package qc.logbook.intervention.api;

import java.util.Set;

/**
 * The referrals still waiting for an outcome (« références à suivre »), oldest referral first, so that the loop is
 * closed on the longest-waiting ones first. Referrals of cancelled interventions are left out.
 *
 * @param territories territory codes to keep; {@code null} keeps every territory, an empty set keeps none
 */
public record FindOpenReferralsQuery(Set<String> territories, int page, int size) {

    public FindOpenReferralsQuery {
        territories = territories == null ? null : Set.copyOf(territories);
    }
}
