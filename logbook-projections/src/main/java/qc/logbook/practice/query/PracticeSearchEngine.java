package qc.logbook.practice.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qc.logbook.practice.api.PracticeSort;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.reference.Labelled;

/**
 * Search over practice documents, in plain Java: text matching and relevance, facet filters and counts, order and
 * pages. The store narrows the candidates first (published, containing every query term); this class decides,
 * so it gives the same answer with or without that narrowing.
 */
public final class PracticeSearchEngine {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** A term found in the name weighs this many times a term found in the descriptions. */
    static final int NAME_WEIGHT = 3;

    private record Scored(PracticeSearchDocument document, int score) {
    }

    private static final Comparator<Scored> BY_DATE = Comparator
            .comparing((Scored s) -> s.document().publishedAt(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(s -> SearchText.normalise(s.document().name()))
            .thenComparing(s -> s.document().id());

    private static final Comparator<Scored> BY_RELEVANCE =
            Comparator.comparingInt((Scored s) -> s.score()).reversed().thenComparing(BY_DATE);

    public PracticeSearchResult search(Collection<PracticeSearchDocument> candidates, SearchPracticesQuery query) {
        List<String> queryTerms = SearchText.queryTerms(query.text());
        List<Scored> matching = new ArrayList<>();
        for (PracticeSearchDocument document : candidates) {
            if (!document.retired() && new HashSet<>(document.terms()).containsAll(queryTerms)) {
                matching.add(new Scored(document, score(document, queryTerms)));
            }
        }

        List<PracticeSearchResult.Facet> facets = new ArrayList<>();
        for (PracticeFacet facet : PracticeFacet.values()) {
            facets.add(count(facet, matching, query));
        }

        List<Scored> results = new ArrayList<>();
        for (Scored scored : matching) {
            if (acceptsAll(scored.document(), query, null)) {
                results.add(scored);
            }
        }
        results.sort(query.sort() == PracticeSort.DATE ? BY_DATE : BY_RELEVANCE);

        int size = query.size() <= 0 ? DEFAULT_PAGE_SIZE : Math.min(query.size(), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        int from = (int) Math.min((long) page * size, results.size());
        int to = Math.min(from + size, results.size());
        List<PracticeSearchResult.Item> items = results.subList(from, to).stream().map(PracticeSearchEngine::item)
                .toList();
        int totalPages = (results.size() + size - 1) / size;
        return new PracticeSearchResult(items, facets,
                new PracticeSearchResult.PageInfo(page, size, results.size(), totalPages));
    }

    /** Relevance: each occurrence of a query term counts, {@link #NAME_WEIGHT} times in the name. */
    static int score(PracticeSearchDocument document, List<String> queryTerms) {
        if (queryTerms.isEmpty()) {
            return 0;
        }
        Set<String> wanted = Set.copyOf(queryTerms);
        int score = 0;
        for (String term : document.nameTerms()) {
            if (wanted.contains(term)) {
                score += NAME_WEIGHT;
            }
        }
        for (String term : document.textTerms()) {
            if (wanted.contains(term)) {
                score += 1;
            }
        }
        return score;
    }

    private static PracticeSearchResult.Facet count(PracticeFacet facet, List<Scored> matching,
            SearchPracticesQuery query) {
        Map<Enum<?>, Long> counts = new HashMap<>();
        for (Scored scored : matching) {
            if (acceptsAll(scored.document(), query, facet)) {
                for (Enum<?> value : facet.valuesOf(scored.document())) {
                    counts.merge(value, 1L, Long::sum);
                }
            }
        }
        Set<? extends Enum<?>> selected = facet.selectedIn(query);
        List<PracticeSearchResult.FacetValue> values = new ArrayList<>();
        for (Enum<?> value : facet.taxonomy()) {
            Labelled labelled = (Labelled) value;
            values.add(new PracticeSearchResult.FacetValue(value.name(), labelled.labelFr(), labelled.labelEn(),
                    counts.getOrDefault(value, 0L), selected.contains(value)));
        }
        return new PracticeSearchResult.Facet(facet.parameter(), facet.labelFr(), facet.labelEn(), values);
    }

    /** Whether a document passes the filters of every facet but {@code except}. */
    private static boolean acceptsAll(PracticeSearchDocument document, SearchPracticesQuery query,
            PracticeFacet except) {
        for (PracticeFacet facet : PracticeFacet.values()) {
            if (facet != except && !facet.accepts(document, query)) {
                return false;
            }
        }
        return true;
    }

    private static PracticeSearchResult.Item item(Scored scored) {
        PracticeSearchDocument d = scored.document();
        return new PracticeSearchResult.Item(d.id(), d.revision(), d.name(), d.excerpt(), d.keyMessage(),
                d.regions(), d.tenure(), d.interventionType(), d.selfRating(), d.publishedAt(), scored.score());
    }
}
