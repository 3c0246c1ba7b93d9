package qc.logbook.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static qc.logbook.practice.command.PracticeForms.complete;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeImpacts;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.practice.query.PracticeDetailsProjection;
import qc.logbook.practice.query.PracticeDetailsView;
import qc.logbook.practice.query.PracticeSearchDocument;
import qc.logbook.practice.query.PracticeSearchProjection;
import qc.logbook.practice.query.PracticeSearchResult;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.ReadModels;
import qc.logbook.support.TestUsers;

/**
 * Search over 32 practices published through the API. Each name carries a word made up for this run, and every
 * search includes it, so practices of other tests sharing the stores stay out of the counts. Facet values follow
 * simple patterns in the practice's number i, so the expected counts can be worked out by hand: region by i % 4
 * (Montréal, Capitale-Nationale, Estrie, Laval: 8 each), tenure by i % 3 (OBNL 11, HLM 11, COOP 10), self-rating by
 * tens (porteuse 0–9, prometteuse 10–19, émergente 20–31), intervention type individual 0–7, collective 8–23, both
 * 24–31, the municipality as partner when i % 5 == 0 (7), health region Montréal for even i (16), the description
 * item "Interventions de type socialisation" when i % 4 == 0 (8), the impacts "Solidarité" for even i (16) and
 * "Sécurité alimentaire" when i % 3 == 0 (11).
 */
@LogbookIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchIntegrationTest {

    static final int PRACTICES = 32;
    static final AdministrativeRegion[] REGIONS = {AdministrativeRegion.MONTREAL,
            AdministrativeRegion.CAPITALE_NATIONALE, AdministrativeRegion.ESTRIE, AdministrativeRegion.LAVAL};
    static final PracticeTenure[] TENURES = {PracticeTenure.OBNL, PracticeTenure.HLM, PracticeTenure.COOP};

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ReadModels readModels;

    @Autowired
    MongoTemplate mongo;

    /** A word no other test uses: letters only, so it is one search term. */
    final String marker = new Random().ints(10, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    final List<String> ids = new ArrayList<>();

    static PracticeForm form(int i, String marker) {
        String name = switch (i) {
            case 0 -> "Cuisine Émergente " + marker;
            case 1 -> "Jardins collectifs " + marker;
            case 2 -> "Logements partagés " + marker;
            case 3 -> "Comité de logement " + marker;
            default -> "Pratique " + marker + " numéro " + i;
        };
        String objectives = switch (i) {
            case 5 -> "Une démarche emergente pour la cuisine.";
            case 7 -> "Créer un jardin collectif au pied de l’immeuble.";
            default -> "Briser l’isolement des locataires.";
        };
        PracticeDescription base = complete().description();
        return complete().toBuilder()
                .name(name)
                .regions(Set.of(REGIONS[i % 4]))
                .healthRegions(i % 2 == 0 ? Set.of(HealthRegion.MONTREAL) : Set.of())
                .tenure(TENURES[i % 3])
                .description(new PracticeDescription(base.origin(), base.coverage(), objectives, base.means(),
                        base.perceivedOutcomes(), base.measuredOutcomes(),
                        Set.of(i % 2 == 0 ? PracticeDescriptionCategory.COLLECTIVE_LIFE
                                : PracticeDescriptionCategory.PSYCHOSOCIAL),
                        i % 4 == 0 ? Set.of(PracticeDescriptionItem.COLLECTIVE_SOCIALISATION) : Set.of(), null,
                        null, null))
                .impacts(new PracticeImpacts(null, null, i % 2 == 0 ? Set.of(PsychosocialImpact.SOLIDARITY) : null,
                        null, i % 3 == 0 ? Set.of(EconomicImpact.FOOD_SECURITY) : null, null, null, null))
                .targetPopulations(Set.of(i < 16 ? TargetPopulation.ADULTS_LIVING_ALONE
                        : TargetPopulation.YOUNG_FAMILIES))
                .interventionType(i < 8 ? PracticeInterventionType.INDIVIDUAL
                        : i < 24 ? PracticeInterventionType.COLLECTIVE : PracticeInterventionType.BOTH)
                .partners(i % 5 == 0 ? Set.of(Partner.MUNICIPALITY) : Set.of())
                .selfRating(i < 10 ? SelfRating.PORTEUSE : i < 20 ? SelfRating.PROMETTEUSE : SelfRating.EMERGENTE)
                .sclsCharacteristics(i % 2 == 0 ? Set.of(SclsCharacteristic.REDUCED_ISOLATION)
                        : Set.of(SclsCharacteristic.SOCIAL_TIES, SclsCharacteristic.PREVENTION))
                .build();
    }

    @BeforeAll
    void publishThirtyTwoPractices() throws Exception {
        for (int i = 0; i < PRACTICES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            send(MockMvcRequestBuilders.post("/api/v1/practices"), Map.of("id", id, "form", form(i, marker)), 201);
            send(MockMvcRequestBuilders.post("/api/v1/practices/" + id + "/submission"), null, 204);
            send(MockMvcRequestBuilders.post("/api/v1/practices/" + id + "/publication"), null, 204);
        }
        // one more, never published, must never show
        send(MockMvcRequestBuilders.post("/api/v1/practices"),
                Map.of("form", form(0, marker).toBuilder().name("Brouillon " + marker).build()), 201);
        readModels.awaitCaughtUp(PracticeSearchProjection.PROCESSING_GROUP);
        assertThat(search(Map.of()).page().totalItems()).isEqualTo(PRACTICES);
    }

    @Test
    void findsWordsIgnoringCaseAndAccents() throws Exception {
        assertThat(numbers(search(Map.of("q", "emergente")))).containsExactlyInAnyOrder(0, 5);
        assertThat(numbers(search(Map.of("q", "ÉMERGENTE")))).containsExactlyInAnyOrder(0, 5);
        assertThat(numbers(search(Map.of("q", "émergent")))).containsExactlyInAnyOrder(0, 5);
    }

    @Test
    void findsPluralsFromTheSingularAndBack() throws Exception {
        assertThat(numbers(search(Map.of("q", "logement")))).containsExactlyInAnyOrder(2, 3);
        assertThat(numbers(search(Map.of("q", "logements")))).containsExactlyInAnyOrder(2, 3);
        assertThat(numbers(search(Map.of("q", "jardin collectif")))).containsExactlyInAnyOrder(1, 7);
    }

    @Test
    void countsEveryFacet() throws Exception {
        PracticeSearchResult all = search(Map.of());
        assertThat(counts(all, "region")).containsOnly(Map.entry("MONTREAL", 8L),
                Map.entry("CAPITALE_NATIONALE", 8L), Map.entry("ESTRIE", 8L), Map.entry("LAVAL", 8L));
        assertThat(counts(all, "healthRegion")).containsOnly(Map.entry("MONTREAL", 16L));
        assertThat(counts(all, "tenure")).containsOnly(Map.entry("OBNL", 11L), Map.entry("HLM", 11L),
                Map.entry("COOP", 10L));
        assertThat(counts(all, "descriptionCategory")).containsOnly(Map.entry("COLLECTIVE_LIFE", 16L),
                Map.entry("PSYCHOSOCIAL", 16L));
        assertThat(counts(all, "targetPopulation")).containsOnly(Map.entry("ADULTS_LIVING_ALONE", 16L),
                Map.entry("YOUNG_FAMILIES", 16L));
        assertThat(counts(all, "interventionType")).containsOnly(Map.entry("INDIVIDUAL", 8L),
                Map.entry("COLLECTIVE", 16L), Map.entry("BOTH", 8L));
        assertThat(counts(all, "partner")).containsOnly(Map.entry("MUNICIPALITY", 7L));
        assertThat(counts(all, "selfRating")).containsOnly(Map.entry("PORTEUSE", 10L),
                Map.entry("PROMETTEUSE", 10L), Map.entry("EMERGENTE", 12L));
        assertThat(counts(all, "sclsCharacteristic")).containsOnly(Map.entry("REDUCED_ISOLATION", 16L),
                Map.entry("SOCIAL_TIES", 16L), Map.entry("PREVENTION", 16L));
        assertThat(counts(all, "category")).containsOnly(Map.entry("COLLECTIVE_LIFE", 32L));
        assertThat(counts(all, "descriptionItem")).containsOnly(Map.entry("COLLECTIVE_SOCIALISATION", 8L));
        assertThat(counts(all, "psychosocialImpact")).containsOnly(Map.entry("SOLIDARITY", 16L));
        assertThat(counts(all, "economicImpact")).containsOnly(Map.entry("FOOD_SECURITY", 11L));
        assertThat(counts(all, "healthImpact")).isEmpty();
        assertThat(counts(all, "specificProject")).isEmpty();
    }

    @Test
    void filtersOnDescriptionItemsAndImpacts() throws Exception {
        // even and a multiple of 3: 0, 6, 12, 18, 24, 30
        PracticeSearchResult solidarityAndFood = search(Map.of("psychosocialImpact", "SOLIDARITY",
                "economicImpact", "FOOD_SECURITY"));
        assertThat(numbers(solidarityAndFood)).containsExactlyInAnyOrder(0, 6, 12, 18, 24, 30);
        assertThat(counts(solidarityAndFood, "descriptionItem"))
                .containsOnly(Map.entry("COLLECTIVE_SOCIALISATION", 3L));
        assertThat(numbers(search(Map.of("descriptionItem", "COLLECTIVE_SOCIALISATION",
                "economicImpact", "FOOD_SECURITY")))).containsExactlyInAnyOrder(0, 12, 24);
        mvc.perform(get("/api/v1/practices").param("psychosocialImpact", "SOLIDARITE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSearchPageNarrowsWithTheseFacetsAndPagesTenAtATime() throws Exception {
        String narrowed = page("/practices?q=" + marker + "&psychosocialImpact=SOLIDARITY&economicImpact=FOOD_SECURITY");
        assertThat(narrowed).contains("6 pratiques trouvées", "id=\"f-psychosocialImpact-SOLIDARITY\"",
                "id=\"f-descriptionItem-COLLECTIVE_SOCIALISATION\"");
        assertThat(narrowed.split("class=\"card practice-card\"", -1)).hasSize(7);

        String first = page("/practices?q=" + marker + "&sort=date");
        assertThat(first).contains("32 pratiques trouvées", "Page 1 sur 4");
        assertThat(first.split("class=\"card practice-card\"", -1)).hasSize(11);
        String third = page("/practices?q=" + marker + "&sort=date&page=2");
        assertThat(third).contains("Page 3 sur 4", "rel=\"prev\"", "rel=\"next\"",
                "href=\"/practices?q=" + marker + "&amp;sort=date&amp;page=3\"");
        // newest first: page 3 holds practices 11 down to 2
        assertThat(third).contains("Pratique " + marker + " numéro 11").doesNotContain("numéro 12<");
    }

    @Test
    void combinesFiltersAndCountsEachFacetUnderTheOthers() throws Exception {
        PracticeSearchResult montrealObnl = search(Map.of("region", "MONTREAL", "tenure", "OBNL"));
        assertThat(numbers(montrealObnl)).containsExactlyInAnyOrder(0, 12, 24);
        // tenures among the Montréal practices 0, 4, 8, …, 28; regions among the OBNL practices 0, 3, 6, …, 30
        assertThat(counts(montrealObnl, "tenure")).containsOnly(Map.entry("OBNL", 3L), Map.entry("HLM", 3L),
                Map.entry("COOP", 2L));
        assertThat(counts(montrealObnl, "region")).containsOnly(Map.entry("MONTREAL", 3L),
                Map.entry("CAPITALE_NATIONALE", 2L), Map.entry("ESTRIE", 3L), Map.entry("LAVAL", 3L));
        assertThat(counts(montrealObnl, "selfRating")).containsOnly(Map.entry("PORTEUSE", 1L),
                Map.entry("PROMETTEUSE", 1L), Map.entry("EMERGENTE", 1L));

        // alternatives within a facet, with a comma or a repeated parameter
        assertThat(numbers(search(Map.of("region", "MONTREAL,LAVAL", "tenure", "COOP"))))
                .containsExactlyInAnyOrder(8, 11, 20, 23);
        assertThat(numbers(search(Map.of("selfRating", "EMERGENTE", "interventionType", "BOTH", "region", "LAVAL"))))
                .containsExactlyInAnyOrder(27, 31);
        assertThat(numbers(search(Map.of("q", "cuisine", "partner", "MUNICIPALITY", "sclsCharacteristic",
                "REDUCED_ISOLATION")))).containsExactly(0);
    }

    @Test
    void pagesThroughEveryResultOnce() throws Exception {
        List<Integer> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            PracticeSearchResult result = search(Map.of("page", String.valueOf(page), "size", "10", "sort", "date"));
            assertThat(result.page().totalPages()).isEqualTo(4);
            assertThat(result.page().totalItems()).isEqualTo(PRACTICES);
            seen.addAll(numbers(result));
        }
        assertThat(seen).hasSize(PRACTICES).doesNotHaveDuplicates();
        assertThat(search(Map.of("page", "4", "size", "10")).items()).isEmpty();
        mvc.perform(get("/api/v1/practices").param("size", "101")).andExpect(status().isBadRequest());
    }

    @Test
    void sortsByRelevanceOrByDate() throws Exception {
        // practice 0 has "cuisine" in its name, practice 5 (published later) only in its objectives
        assertThat(numbers(search(Map.of("q", "cuisine")))).containsExactly(0, 5);
        assertThat(numbers(search(Map.of("q", "cuisine", "sort", "date")))).containsExactly(5, 0);
        List<Instant> dates = search(Map.of("sort", "date", "size", "100")).items().stream()
                .map(PracticeSearchResult.Item::publishedAt).toList();
        assertThat(dates).hasSize(PRACTICES).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void replayingEveryEventRebuildsTheSameReadModels() throws Exception {
        readModels.awaitCaughtUp(PracticeSearchProjection.PROCESSING_GROUP);
        readModels.awaitCaughtUp(PracticeDetailsProjection.PROCESSING_GROUP);
        List<Map<String, String>> searches = List.of(Map.of(), Map.of("q", "emergente"),
                Map.of("region", "MONTREAL", "tenure", "OBNL"), Map.of("q", "logement", "sort", "date"),
                Map.of("page", "2", "size", "7", "sort", "date"));
        List<String> resultsBefore = new ArrayList<>();
        for (Map<String, String> params : searches) {
            resultsBefore.add(searchJson(params));
        }
        List<Document> searchBefore = readModels.snapshot(PracticeSearchDocument.COLLECTION);
        List<Document> detailsBefore = readModels.snapshot(PracticeDetailsView.COLLECTION);

        // lose part of each read model, as a bug or a bad migration would: only a replay brings it back
        mongo.remove(Query.query(Criteria.where("_id").is(ids.get(0))),
                readModels.physical(PracticeSearchDocument.COLLECTION));
        mongo.remove(Query.query(Criteria.where("_id").is(ids.get(1))),
                readModels.physical(PracticeDetailsView.COLLECTION));
        assertThat(search(Map.of()).page().totalItems()).isEqualTo(PRACTICES - 1);
        mvc.perform(get("/api/v1/practices/" + ids.get(1))).andExpect(status().isNotFound());

        readModels.replay(PracticeSearchProjection.PROCESSING_GROUP);
        readModels.replay(PracticeDetailsProjection.PROCESSING_GROUP);

        assertThat(readModels.snapshot(PracticeSearchDocument.COLLECTION)).isEqualTo(searchBefore);
        assertThat(readModels.snapshot(PracticeDetailsView.COLLECTION)).isEqualTo(detailsBefore);
        List<String> resultsAfter = new ArrayList<>();
        for (Map<String, String> params : searches) {
            resultsAfter.add(searchJson(params));
        }
        assertThat(resultsAfter).isEqualTo(resultsBefore);
    }

    // --- helpers ---

    private PracticeSearchResult search(Map<String, String> params) throws Exception {
        return json.readValue(searchJson(params), PracticeSearchResult.class);
    }

    /** Searches with the run's marker added to the text, so only this class's practices count. */
    private String searchJson(Map<String, String> params) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.merge("q", marker, (q, m) -> m + " " + q);
        MockHttpServletRequestBuilder request = get("/api/v1/practices");
        all.forEach(request::param);
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.evaluator())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String getJson(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The numbers i of the practices in a result, in order. */
    private List<Integer> numbers(PracticeSearchResult result) {
        return result.items().stream().map(item -> ids.indexOf(item.id())).toList();
    }

    private static Map<String, Long> counts(PracticeSearchResult result, String facet) {
        return result.facets().stream().filter(f -> f.key().equals(facet)).findFirst().orElseThrow().values()
                .stream().filter(v -> v.count() > 0)
                .collect(Collectors.toMap(PracticeSearchResult.FacetValue::code,
                        PracticeSearchResult.FacetValue::count));
    }

    private void send(MockHttpServletRequestBuilder request, Object body, int expectedStatus) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(expectedStatus));
    }
}
