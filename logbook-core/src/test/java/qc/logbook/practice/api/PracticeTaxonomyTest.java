package qc.logbook.practice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.SupportCategory;

/** The taxonomies of the practice form against the form itself (a copy of the seed document in test resources). */
class PracticeTaxonomyTest {

    static List<String> seedLines;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = PracticeTaxonomyTest.class.getResourceAsStream("practice-form-seed.txt")) {
            seedLines = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).toList();
        }
    }

    static Stream<Arguments> taxonomies() {
        return Stream.of(
                Arguments.of(PracticeTenure.class, 4),
                Arguments.of(PracticeDescriptionCategory.class, 6),
                Arguments.of(PracticeDescriptionItem.class, 36),
                Arguments.of(SpecificProject.class, 10),
                Arguments.of(TargetPopulation.class, 18),
                Arguments.of(PracticeInterventionType.class, 3),
                Arguments.of(Partner.class, 13),
                Arguments.of(CostOption.class, 4),
                Arguments.of(PsychosocialImpact.class, 12),
                Arguments.of(EconomicImpact.class, 6),
                Arguments.of(HealthImpact.class, 10),
                Arguments.of(SclsCharacteristic.class, 11),
                Arguments.of(SelfRating.class, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taxonomies")
    <E extends Enum<E> & Labelled> void usesTheFormsExactFrenchLabels(Class<E> taxonomy, int size) {
        E[] values = taxonomy.getEnumConstants();
        assertThat(values).hasSize(size);
        for (E value : values) {
            assertThat(seedLines).as("%s.%s", taxonomy.getSimpleName(), value)
                    .anyMatch(line -> line.startsWith(value.labelFr()));
            assertThat(value.labelEn()).as("English label of %s", value).isNotBlank();
        }
        assertThat(Arrays.stream(values).map(Labelled::labelFr).distinct()).hasSize(size);
    }

    @Test
    void listsTheEighteenHealthRegionsWithTheFormsNumbersAndNames() {
        assertThat(HealthRegion.values()).hasSize(18);
        for (HealthRegion region : HealthRegion.values()) {
            // the form writes the names in capitals and abbreviates Saint; compare without typography
            String expected = region.number() + " " + plain(region.labelFr());
            assertThat(seedLines.stream().map(PracticeTaxonomyTest::plain)).as(region.name()).contains(expected);
        }
    }

    @Test
    void reusesTheFourCategoriesOfTheReferenceFramework() {
        for (SupportCategory category : SupportCategory.values()) {
            assertThat(seedLines).anyMatch(line -> line.equals(category.labelFr()));
        }
    }

    @Test
    void givesEverySubItemItsParentInTheFormsOrder() {
        assertThat(PracticeDescriptionItem.INTEGRATION_DOCUMENTS.category())
                .isEqualTo(PracticeDescriptionCategory.INTEGRATION);
        assertThat(PracticeDescriptionItem.INFO_OTHER.category())
                .isEqualTo(PracticeDescriptionCategory.INFORMATION_AND_REFERRAL);
        assertThat(PracticeDescriptionItem.PSYCHOSOCIAL_MEDIATION.category())
                .isEqualTo(PracticeDescriptionCategory.PSYCHOSOCIAL);
        assertThat(PracticeDescriptionItem.COLLECTIVE_SOCIALISATION.category())
                .isEqualTo(PracticeDescriptionCategory.COLLECTIVE_LIFE);
        assertThat(Arrays.stream(PracticeDescriptionItem.values())
                .filter(i -> i.category() == PracticeDescriptionCategory.USE_OF_RESOURCES)).isEmpty();
        // sub-items follow their parent in the form: each parent's line comes before its sub-items' lines
        for (PracticeDescriptionItem item : PracticeDescriptionItem.values()) {
            assertThat(lineOf(item.category().labelFr())).as(item.name()).isLessThan(lineOf(item.labelFr()));
        }
    }

    @Test
    void definesEachSelfRatingAsTheFormDoes() {
        assertThat(SelfRating.EMERGENTE.labelFr()).isEqualTo("Émergente");
        for (SelfRating rating : SelfRating.values()) {
            assertThat(seedLines).contains(rating.definitionFr(), rating.taglineFr());
        }
    }

    /** The line holding exactly the label, else the first that starts with it (a label followed by a note). */
    private static int lineOf(String label) {
        int exact = seedLines.indexOf(label);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < seedLines.size(); i++) {
            if (seedLines.get(i).startsWith(label)) {
                return i;
            }
        }
        return -1;
    }

    private static String plain(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace("ST-", "SAINT-");
        return stripped.replaceAll("[^A-Z0-9()]+", " ").strip();
    }
}
