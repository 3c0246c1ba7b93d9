package qc.logbook.practice.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void ignoresCaseAccentsAndLigatures() {
        assertThat(SearchText.normalise("Émergente ÉLÉ Cœur à l’ÎLE")).isEqualTo("emergente ele coeur a l ile");
        assertThat(SearchText.terms("ÉMERGENTE")).isEqualTo(SearchText.terms("emergente"));
    }

    @Test
    void foldsPluralsAndFeminineEndings() {
        assertThat(SearchText.terms("logements")).isEqualTo(SearchText.terms("logement"));
        assertThat(SearchText.terms("sociaux")).isEqualTo(SearchText.terms("social"));
        assertThat(SearchText.terms("sociales")).isEqualTo(SearchText.terms("social"));
        assertThat(SearchText.terms("Émergentes")).isEqualTo(SearchText.terms("émergent"));
        assertThat(SearchText.terms("bureaux")).isEqualTo(SearchText.terms("bureau"));
        assertThat(SearchText.terms("jardins collectifs")).isEqualTo(SearchText.terms("Jardin collectif"));
    }

    @Test
    void keepsWordsThatAreNotInflectionsApart() {
        assertThat(SearchText.terms("jardin")).isNotEqualTo(SearchText.terms("jardinage"));
        assertThat(SearchText.terms("cuisine")).isNotEqualTo(SearchText.terms("cousine"));
    }

    @Test
    void dropsStopWordsAndElisionsButKeepsMeaningfulWords() {
        assertThat(SearchText.terms("Briser l’isolement des aînés et d’aider les familles"))
                .containsExactly("briser", "isolement", "aine", "aider", "famill");
    }

    @Test
    void keepsRepeatedTermsForRelevanceButNotInQueries() {
        assertThat(SearchText.terms("jardin, jardins et JARDIN")).containsExactly("jardin", "jardin", "jardin");
        assertThat(SearchText.queryTerms("jardin jardins")).containsExactly("jardin");
    }

    @Test
    void hasNoTermsForBlankOrStopWordOnlyText() {
        assertThat(SearchText.terms(null)).isEmpty();
        assertThat(SearchText.terms("  ")).isEmpty();
        assertThat(SearchText.queryTerms("de la")).isEmpty();
    }
}
