package qc.logbook.practice.query;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.reference.AdministrativeRegion;

/**
 * One page of search results, with the facets of the whole result set.
 *
 * @param items  the practices of the page, in the asked order
 * @param facets every facet, each with a count for every value of its taxonomy
 * @param page   where the page stands in the results
 */
public record PracticeSearchResult(List<Item> items, List<Facet> facets, PageInfo page) {

    /** A practice in a result list. {@code keyMessage} is its first key message;
     * {@code score} is the relevance to the text searched (0 without text). */
    public record Item(String id, int revision, String name, String excerpt, String keyMessage,
                       Set<AdministrativeRegion> regions,
                       PracticeTenure tenure, PracticeInterventionType interventionType, SelfRating selfRating,
                       Instant publishedAt, int score) {
    }

    /**
     * A facet and its counts. A value's count is the number of practices matching the text and the filters of the
     * other facets, this facet's own filter left out: so it tells how many results ticking that value would add, and
     * the other values of a facet stay visible once one is ticked.
     */
    public record Facet(String key, String labelFr, String labelEn, List<FacetValue> values) {
    }

    public record FacetValue(String code, String labelFr, String labelEn, long count, boolean selected) {
    }

    public record PageInfo(int page, int size, long totalItems, int totalPages) {
    }
}
