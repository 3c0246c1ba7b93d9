package qc.logbook.practice.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import qc.logbook.pages.PageLabels;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.FindPracticeQuery;
import qc.logbook.practice.api.FindPracticeUsesQuery;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeSort;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.practice.query.PracticeDetailsView;
import qc.logbook.practice.query.PracticeFacet;
import qc.logbook.practice.query.PracticeSearchResult;
import qc.logbook.practice.query.PracticeUses;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * The practice repository for readers: the search page ({@code /practices}, a GET form that htmx re-sends on every
 * change, the address kept bookmarkable) and the reading page of one practice. Both send the queries the REST
 * controller sends ({@link SearchPracticesQuery}, {@link FindPracticeQuery}) and apply its visibility rule.
 */
@Controller
class PracticeSearchPageController {

    /** Fewer cards than the API's default page: a phone screen shows two or three. */
    static final int PAGE_SIZE = 10;

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final PageLabels labels;
    private final MessageSource messages;

    PracticeSearchPageController(QueryGateway queries, CurrentUser currentUser, PageLabels labels,
            MessageSource messages) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/practices")
    String search(@RequestParam MultiValueMap<String, String> params, Model model) {
        String text = Optional.ofNullable(params.getFirst("q")).map(String::strip).orElse("");
        PracticeSort sort = "date".equals(params.getFirst("sort")) ? PracticeSort.DATE : PracticeSort.RELEVANCE;
        int page = page(params.getFirst("page"));
        SearchPracticesQuery query = new SearchPracticesQuery(text,
                selected(params, PracticeFacet.REGION, AdministrativeRegion.class),
                selected(params, PracticeFacet.HEALTH_REGION, HealthRegion.class),
                selected(params, PracticeFacet.TENURE, PracticeTenure.class),
                selected(params, PracticeFacet.DESCRIPTION_CATEGORY, PracticeDescriptionCategory.class),
                selected(params, PracticeFacet.DESCRIPTION_ITEM, PracticeDescriptionItem.class),
                selected(params, PracticeFacet.SPECIFIC_PROJECT, SpecificProject.class),
                selected(params, PracticeFacet.TARGET_POPULATION, TargetPopulation.class),
                selected(params, PracticeFacet.INTERVENTION_TYPE, PracticeInterventionType.class),
                selected(params, PracticeFacet.PARTNER, Partner.class),
                selected(params, PracticeFacet.PSYCHOSOCIAL_IMPACT, PsychosocialImpact.class),
                selected(params, PracticeFacet.ECONOMIC_IMPACT, EconomicImpact.class),
                selected(params, PracticeFacet.HEALTH_IMPACT, HealthImpact.class),
                selected(params, PracticeFacet.SELF_RATING, SelfRating.class),
                selected(params, PracticeFacet.SCLS_CHARACTERISTIC, SclsCharacteristic.class),
                selected(params, PracticeFacet.CATEGORY, SupportCategory.class),
                sort, page, PAGE_SIZE);
        PracticeSearchResult result = queries.query(query, ResponseTypes.instanceOf(PracticeSearchResult.class))
                .join();

        MultiValueMap<String, String> kept = keptParameters(text, sort, result);
        model.addAttribute("q", text);
        model.addAttribute("sort", sort.name().toLowerCase(Locale.ROOT));
        model.addAttribute("result", result);
        model.addAttribute("pagerUrl", url(kept) + (kept.isEmpty() ? "?" : "&"));
        model.addAttribute("removals", removals(kept, result));
        return "practices/search";
    }

    @GetMapping("/practices/{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    String practice(@PathVariable UUID id, Locale locale, Model model) {
        LogbookUser user = currentUser.require();
        PracticeDetailsView view = queries.query(new FindPracticeQuery(new PracticeId(id)),
                        ResponseTypes.optionalInstanceOf(PracticeDetailsView.class)).join()
                .flatMap(v -> v.asSeenBy(user.id(), user.has(Role.COORDINATOR)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // A reader who may see work in progress (a reviewer, an author) reads it before its first publication.
        boolean published = view.publishedForm() != null;
        PracticeForm form = published ? view.publishedForm()
                : view.working() == null ? null : view.working().form();
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("practice", view);
        model.addAttribute("form", form);
        model.addAttribute("published", published);
        model.addAttribute("uses", queries.query(new FindPracticeUsesQuery(new PracticeId(id)),
                ResponseTypes.instanceOf(PracticeUses.class)).join());
        model.addAttribute("reading", PracticeReadingPage.of(form, locale.getLanguage(), labels::date,
                n -> messages.getMessage("practices.page.months", new Object[] {n}, locale)));
        return "practices/practice";
    }

    /**
     * The values of a facet's parameter (repeated, or separated by commas) that name a value of its taxonomy. A
     * bookmarked address with a code since renamed still opens the page, without that filter.
     */
    private static <E extends Enum<E>> Set<E> selected(MultiValueMap<String, String> params, PracticeFacet facet,
            Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String raw : params.getOrDefault(facet.parameter(), List.of())) {
            for (String code : raw.split(",")) {
                for (E value : type.getEnumConstants()) {
                    if (value.name().equals(code.strip())) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static int page(String raw) {
        try {
            return raw == null ? 0 : Math.max(0, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The search as understood (known codes only), in the facets' order: the base of the pager's links. */
    private static MultiValueMap<String, String> keptParameters(String text, PracticeSort sort,
            PracticeSearchResult result) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        if (!text.isEmpty()) {
            kept.add("q", text);
        }
        for (PracticeSearchResult.Facet facet : result.facets()) {
            for (PracticeSearchResult.FacetValue value : facet.values()) {
                if (value.selected()) {
                    kept.add(facet.key(), value.code());
                }
            }
        }
        if (sort == PracticeSort.DATE) {
            kept.add("sort", "date");
        }
        return kept;
    }

    /** For the empty state: each ticked value with the address of the same search without it. */
    private static List<Removal> removals(MultiValueMap<String, String> kept, PracticeSearchResult result) {
        List<Removal> removals = new ArrayList<>();
        for (PracticeSearchResult.Facet facet : result.facets()) {
            for (PracticeSearchResult.FacetValue value : facet.values()) {
                if (value.selected()) {
                    MultiValueMap<String, String> without = new LinkedMultiValueMap<>();
                    kept.forEach((key, values) -> values.stream()
                            .filter(v -> !(key.equals(facet.key()) && v.equals(value.code())))
                            .forEach(v -> without.add(key, v)));
                    removals.add(new Removal(facet, value, url(without)));
                }
            }
        }
        return removals;
    }

    private static String url(MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath("/practices").queryParams(params).encode().build().toUriString();
    }

    /** A ticked facet value, and where the search goes without it. */
    record Removal(PracticeSearchResult.Facet facet, PracticeSearchResult.FacetValue value, String url) {
    }

}
