package qc.logbook.practice.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.PracticeDescription;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeForm;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticeImpacts;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.PracticeSort;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.reference.AdministrativeRegion;

/**
 * Search over 32 practices whose facet values follow simple patterns, so expected counts can be worked out by hand:
 * region by {@code i % 4} (Montréal, Capitale-Nationale, Estrie, Laval: 8 each), tenure by {@code i % 3} (OBNL 11,
 * HLM 11, COOP 10), self-rating by tens (porteuse 0–9, prometteuse 10–19, émergente 20–31), published on day i.
 */
class PracticeSearchEngineTest {

    static final AdministrativeRegion[] REGIONS = {AdministrativeRegion.MONTREAL,
            AdministrativeRegion.CAPITALE_NATIONALE, AdministrativeRegion.ESTRIE, AdministrativeRegion.LAVAL};
    static final PracticeTenure[] TENURES = {PracticeTenure.OBNL, PracticeTenure.HLM, PracticeTenure.COOP};

    private final PracticeSearchEngine engine = new PracticeSearchEngine();

    static String id(int i) {
        return new UUID(0x5L, i).toString();
    }

    static PracticeSearchDocument practice(int i, String name, String objectives) {
        PracticeForm form = PracticeForm.builder()
                .name(name)
                .regions(Set.of(REGIONS[i % 4]))
                .tenure(TENURES[i % 3])
                .description(new PracticeDescription("Origine " + i, null, objectives, null, null, null,
                        i % 2 == 0 ? Set.of(PracticeDescriptionCategory.COLLECTIVE_LIFE)
                                : Set.of(PracticeDescriptionCategory.PSYCHOSOCIAL, PracticeDescriptionCategory.INTEGRATION),
                        null, null, null, null))
                .selfRating(i < 10 ? SelfRating.PORTEUSE : i < 20 ? SelfRating.PROMETTEUSE : SelfRating.EMERGENTE)
                .build();
        Instant publishedAt = Instant.parse("2026-01-01T12:00:00Z").plusSeconds(86_400L * i);
        return PracticeSearchFolding.published(
                new PracticePublishedEvent(new PracticeId(UUID.fromString(id(i))), 1, form, publishedAt), 3);
    }

    /** 32 practices; a few carry the words the text tests look for. */
    static List<PracticeSearchDocument> practices() {
        List<PracticeSearchDocument> all = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String name = switch (i) {
                case 0 -> "Pratique Émergente de cuisine collective";
                case 1 -> "Jardins collectifs sur le toit";
                case 2 -> "Accueil des nouveaux locataires";
                case 3 -> "Comité de logement";
                default -> "Pratique numéro " + i;
            };
            String objectives = switch (i) {
                case 2 -> "Faciliter l’accès aux logements sociaux et briser l’isolement.";
                case 5 -> "Une démarche emergente, sans accent, pour la cuisine.";
                case 7 -> "Créer un jardin collectif au pied de l’immeuble.";
                default -> "Briser l’isolement des personnes.";
            };
            all.add(practice(i, name, objectives));
        }
        return all;
    }

    static SearchPracticesQuery query(String text) {
        return SearchPracticesQuery.text(text);
    }

    static SearchPracticesQuery filtered(String text, Set<AdministrativeRegion> regions, Set<PracticeTenure> tenures,
            PracticeSort sort, int page, int size) {
        return new SearchPracticesQuery(text, regions, null, tenures, null, null, null, null, null, null, null, sort,
                page, size);
    }

    static List<String> ids(PracticeSearchResult result) {
        return result.items().stream().map(PracticeSearchResult.Item::id).toList();
    }

    static Map<String, Long> counts(PracticeSearchResult result, String facet) {
        return result.facets().stream().filter(f -> f.key().equals(facet)).findFirst().orElseThrow().values()
                .stream().filter(v -> v.count() > 0)
                .collect(Collectors.toMap(PracticeSearchResult.FacetValue::code, PracticeSearchResult.FacetValue::count));
    }

    @Test
    void findsTextIgnoringCaseAndAccents() {
        PracticeSearchResult result = engine.search(practices(), query("emergente"));
        assertThat(ids(result)).containsExactlyInAnyOrder(id(0), id(5));
        assertThat(ids(engine.search(practices(), query("ÉMERGENTE")))).containsExactlyInAnyOrder(id(0), id(5));
    }

    @Test
    void findsPluralsFromTheSingularAndBack() {
        assertThat(ids(engine.search(practices(), query("logement")))).containsExactlyInAnyOrder(id(2), id(3));
        assertThat(ids(engine.search(practices(), query("jardin collectif")))).containsExactlyInAnyOrder(id(1), id(7));
        assertThat(ids(engine.search(practices(), query("social")))).containsExactly(id(2));
    }

    @Test
    void findsAccentedPluralsTypedWithoutAccentsAndInTheSingular() {
        List<PracticeSearchDocument> all = new ArrayList<>(practices());
        PracticeForm form = PracticeForm.builder().name("Café des aînés")
                .description(new PracticeDescription(null, null, "Rejoindre les résidents âgés des logements.", null,
                        null, null, null, null, null, null, null))
                .keyMessage1("  Les aînés se retrouvent chaque mardi.  ").keyMessage2("Deuxième message.")
                .build();
        all.add(PracticeSearchFolding.published(
                new PracticePublishedEvent(new PracticeId(UUID.fromString(id(99))), 1, form,
                        Instant.parse("2026-03-01T12:00:00Z")), 2));

        assertThat(ids(engine.search(all, query("aines")))).containsExactly(id(99));
        assertThat(ids(engine.search(all, query("AINE cafe")))).containsExactly(id(99));
        assertThat(ids(engine.search(all, query("residents ages")))).containsExactly(id(99));
        assertThat(ids(engine.search(all, query("logements")))).containsExactlyInAnyOrder(id(2), id(3), id(99));
        // the card shows the first key message, trimmed
        assertThat(engine.search(all, query("aines")).items().get(0).keyMessage())
                .isEqualTo("Les aînés se retrouvent chaque mardi.");
    }

    @Test
    void requiresEveryWordOfTheQuery() {
        assertThat(ids(engine.search(practices(), query("cuisine emergente")))).containsExactlyInAnyOrder(id(0), id(5));
        assertThat(ids(engine.search(practices(), query("cuisine jardin")))).isEmpty();
    }

    @Test
    void ranksNameMatchesAboveDescriptionMatches() {
        PracticeSearchResult result = engine.search(practices(), query("jardin"));
        assertThat(ids(result)).containsExactly(id(1), id(7));
        assertThat(result.items().get(0).score()).isEqualTo(PracticeSearchEngine.NAME_WEIGHT);
        assertThat(result.items().get(1).score()).isEqualTo(1);
    }

    @Test
    void withoutTextReturnsEverythingNewestFirst() {
        PracticeSearchResult result = engine.search(practices(), filtered(null, null, null, null, 0, 5));
        assertThat(result.page()).isEqualTo(new PracticeSearchResult.PageInfo(0, 5, 32, 7));
        assertThat(ids(result)).containsExactly(id(31), id(30), id(29), id(28), id(27));
    }

    @Test
    void sortsByRelevanceOrByDateWhenAsked() {
        // practice 0 has "cuisine" in its name, practice 5 (published later) only in its objectives
        assertThat(ids(engine.search(practices(), filtered("cuisine", null, null, PracticeSort.RELEVANCE, 0, 20))))
                .containsExactly(id(0), id(5));
        assertThat(ids(engine.search(practices(), filtered("cuisine", null, null, PracticeSort.DATE, 0, 20))))
                .containsExactly(id(5), id(0));
        // equal relevance: newest first
        PracticeSearchResult ties = engine.search(practices(), filtered("isolement", null, null, null, 0, 3));
        assertThat(ties.page().totalItems()).isEqualTo(30);
        assertThat(ids(ties)).containsExactly(id(31), id(30), id(29));
    }

    @Test
    void pagesThroughResultsWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            PracticeSearchResult result = engine.search(practices(), filtered(null, null, null, PracticeSort.DATE,
                    page, 10));
            assertThat(result.page().totalPages()).isEqualTo(4);
            seen.addAll(ids(result));
        }
        assertThat(seen).hasSize(32).doesNotHaveDuplicates();
        assertThat(engine.search(practices(), filtered(null, null, null, null, 9, 10)).items()).isEmpty();
    }

    @Test
    void capsThePageSize() {
        PracticeSearchResult result = engine.search(practices(), filtered(null, null, null, null, 0, 1000));
        assertThat(result.page().size()).isEqualTo(PracticeSearchEngine.MAX_PAGE_SIZE);
        assertThat(result.items()).hasSize(32);
    }

    @Test
    void countsEveryFacetOverTheWholeResultSet() {
        PracticeSearchResult result = engine.search(practices(), query(null));
        assertThat(counts(result, "region")).containsOnly(Map.entry("MONTREAL", 8L),
                Map.entry("CAPITALE_NATIONALE", 8L), Map.entry("ESTRIE", 8L), Map.entry("LAVAL", 8L));
        assertThat(counts(result, "tenure")).containsOnly(Map.entry("OBNL", 11L), Map.entry("HLM", 11L),
                Map.entry("COOP", 10L));
        assertThat(counts(result, "selfRating")).containsOnly(Map.entry("PORTEUSE", 10L),
                Map.entry("PROMETTEUSE", 10L), Map.entry("EMERGENTE", 12L));
        assertThat(counts(result, "descriptionCategory")).containsOnly(Map.entry("COLLECTIVE_LIFE", 16L),
                Map.entry("PSYCHOSOCIAL", 16L), Map.entry("INTEGRATION", 16L));
        PracticeSearchResult.Facet healthRegions = result.facets().stream()
                .filter(f -> f.key().equals("healthRegion")).findFirst().orElseThrow();
        assertThat(healthRegions.values()).hasSize(18).allMatch(v -> v.count() == 0);
    }

    @Test
    void combinesFiltersAcrossFacetsAndAlternativesWithinOne() {
        PracticeSearchResult montrealObnl = engine.search(practices(), filtered(null,
                Set.of(AdministrativeRegion.MONTREAL), Set.of(PracticeTenure.OBNL), null, 0, 20));
        assertThat(ids(montrealObnl)).containsExactlyInAnyOrder(id(0), id(12), id(24));

        PracticeSearchResult montrealOrLavalInCoop = engine.search(practices(), filtered(null,
                Set.of(AdministrativeRegion.MONTREAL, AdministrativeRegion.LAVAL), Set.of(PracticeTenure.COOP),
                null, 0, 20));
        // i % 3 == 2 and i % 4 in {0, 3}: 8, 11, 20, 23
        assertThat(ids(montrealOrLavalInCoop)).containsExactlyInAnyOrder(id(8), id(11), id(20), id(23));
    }

    @Test
    void countsAFacetWithoutItsOwnFilterButWithTheOthers() {
        PracticeSearchResult result = engine.search(practices(), filtered(null,
                Set.of(AdministrativeRegion.MONTREAL), Set.of(PracticeTenure.OBNL), null, 0, 20));
        // tenures among Montréal practices (0, 4, 8, …, 28)
        assertThat(counts(result, "tenure")).containsOnly(Map.entry("OBNL", 3L), Map.entry("HLM", 3L),
                Map.entry("COOP", 2L));
        // regions among OBNL practices (0, 3, 6, …, 30)
        assertThat(counts(result, "region")).containsOnly(Map.entry("MONTREAL", 3L),
                Map.entry("CAPITALE_NATIONALE", 2L), Map.entry("ESTRIE", 3L), Map.entry("LAVAL", 3L));
        // other facets count the 3 results
        assertThat(counts(result, "selfRating")).containsOnly(Map.entry("PORTEUSE", 1L),
                Map.entry("PROMETTEUSE", 1L), Map.entry("EMERGENTE", 1L));
        assertThat(result.facets().stream().filter(f -> f.key().equals("region")).findFirst().orElseThrow()
                .values().stream().filter(PracticeSearchResult.FacetValue::selected)
                .map(PracticeSearchResult.FacetValue::code)).containsExactly("MONTREAL");
    }

    @Test
    void combinesTextWithFilters() {
        PracticeSearchResult result = engine.search(practices(), filtered("emergente",
                Set.of(AdministrativeRegion.CAPITALE_NATIONALE), null, null, 0, 20));
        assertThat(ids(result)).containsExactly(id(5));
        assertThat(counts(result, "region")).containsOnly(Map.entry("MONTREAL", 1L),
                Map.entry("CAPITALE_NATIONALE", 1L));
    }

    @Test
    void leavesRetiredPracticesOut() {
        List<PracticeSearchDocument> all = practices();
        PracticeSearchDocument retired = PracticeSearchFolding.retired(all.get(1),
                new PracticeRetiredEvent(new PracticeId(UUID.fromString(id(1))), 1, "Fin", Instant.now()), 4);
        all.set(1, retired);
        assertThat(ids(engine.search(all, query("jardin")))).containsExactly(id(7));
        assertThat(engine.search(all, query(null)).page().totalItems()).isEqualTo(31);
    }

    /**
     * Practice i has sub-item "Intégration à la vie collective" when i % 4 == 0 (8 of 32), impact "Solidarité" when
     * i % 2 == 0 (16), "Sécurité alimentaire" when i % 3 == 0 (11), a health impact and a specific project on 0 only.
     */
    static List<PracticeSearchDocument> describedPractices() {
        List<PracticeSearchDocument> all = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            PracticeForm form = PracticeForm.builder()
                    .name("Pratique " + i)
                    .regions(Set.of(REGIONS[i % 4]))
                    .description(new PracticeDescription(null, null, null, null, null, null,
                            Set.of(PracticeDescriptionCategory.INTEGRATION),
                            i % 4 == 0 ? Set.of(PracticeDescriptionItem.INTEGRATION_COLLECTIVE_LIFE)
                                    : Set.of(PracticeDescriptionItem.INTEGRATION_VISIT),
                            null, i == 0 ? Set.of(SpecificProject.COLLECTIVE_GARDENS) : null, null))
                    .impacts(new PracticeImpacts(null, null,
                            i % 2 == 0 ? Set.of(PsychosocialImpact.SOLIDARITY) : null, null,
                            i % 3 == 0 ? Set.of(EconomicImpact.FOOD_SECURITY) : null, null,
                            i == 0 ? Set.of(HealthImpact.ACCESS_TO_HEALTH) : null, null))
                    .build();
            all.add(PracticeSearchFolding.published(new PracticePublishedEvent(
                    new PracticeId(UUID.fromString(id(i))), 1, form, Instant.parse("2026-01-01T12:00:00Z")), 3));
        }
        return all;
    }

    @Test
    void filtersAndCountsDescriptionItemsSpecificProjectsAndImpacts() {
        SearchPracticesQuery solidarityAndFood = new SearchPracticesQuery(null, null, null, null, null, null, null,
                null, null, null, Set.of(PsychosocialImpact.SOLIDARITY), Set.of(EconomicImpact.FOOD_SECURITY), null,
                null, null, null, null, 0, 50);
        PracticeSearchResult result = engine.search(describedPractices(), solidarityAndFood);
        // even and a multiple of 3: 0, 6, 12, 18, 24, 30
        assertThat(ids(result)).containsExactlyInAnyOrder(id(0), id(6), id(12), id(18), id(24), id(30));
        // each impact facet counts under the other's filter: multiples of 3 for solidarity, even ones for food
        assertThat(counts(result, "psychosocialImpact")).containsOnly(Map.entry("SOLIDARITY", 6L));
        assertThat(counts(result, "economicImpact")).containsOnly(Map.entry("FOOD_SECURITY", 6L));
        assertThat(counts(result, "descriptionItem")).containsOnly(
                Map.entry("INTEGRATION_COLLECTIVE_LIFE", 3L), Map.entry("INTEGRATION_VISIT", 3L));
        assertThat(counts(result, "healthImpact")).containsOnly(Map.entry("ACCESS_TO_HEALTH", 1L));
        assertThat(counts(result, "specificProject")).containsOnly(Map.entry("COLLECTIVE_GARDENS", 1L));

        SearchPracticesQuery item = new SearchPracticesQuery(null, null, null, null, null,
                Set.of(PracticeDescriptionItem.INTEGRATION_COLLECTIVE_LIFE), null, null, null, null,
                Set.of(PsychosocialImpact.SOLIDARITY), Set.of(EconomicImpact.FOOD_SECURITY), null, null, null, null,
                null, 0, 50);
        assertThat(ids(engine.search(describedPractices(), item))).containsExactlyInAnyOrder(id(0), id(12), id(24));

        SearchPracticesQuery everyDescription = new SearchPracticesQuery(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 0, 50);
        PracticeSearchResult all = engine.search(describedPractices(), everyDescription);
        assertThat(counts(all, "psychosocialImpact")).containsOnly(Map.entry("SOLIDARITY", 16L));
        assertThat(counts(all, "economicImpact")).containsOnly(Map.entry("FOOD_SECURITY", 11L));
        assertThat(counts(all, "descriptionItem")).containsOnly(
                Map.entry("INTEGRATION_COLLECTIVE_LIFE", 8L), Map.entry("INTEGRATION_VISIT", 24L));
        assertThat(all.facets().stream().map(PracticeSearchResult.Facet::key)).containsExactly("region",
                "healthRegion", "tenure", "descriptionCategory", "descriptionItem", "specificProject",
                "targetPopulation", "interventionType", "partner", "psychosocialImpact", "economicImpact",
                "healthImpact", "selfRating", "sclsCharacteristic", "category");
    }
}
