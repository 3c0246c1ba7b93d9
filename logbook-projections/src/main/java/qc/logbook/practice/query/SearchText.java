package qc.logbook.practice.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns French text into search terms, the same way for documents and queries, so that matching ignores case and
 * accents ("emergente" finds "Émergente") and the commonest inflections ("logement" finds "logements", "social" finds
 * "sociaux", "emergent" finds "émergentes"). The embedded MongoDB has no {@code $text} index, so terms are stored in
 * an indexed array and matched exactly; this deliberately light stemming keeps matches predictable.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words too common to mean anything in a search, already normalised. */
    private static final Set<String> STOP_WORDS = Set.of(
            "le", "la", "les", "un", "une", "des", "de", "du", "au", "aux", "et", "ou", "en", "dans", "par", "pour",
            "sur", "avec", "sans", "ce", "ces", "cet", "cette", "se", "sa", "son", "ses", "leur", "leurs", "qui", "que",
            "quoi", "est", "sont", "il", "elle", "ils", "elles", "on", "nous", "vous", "ne", "pas", "plus", "etc",
            "the", "of", "and", "to", "in", "for", "with");

    private SearchText() {
    }

    /** Lower case, accents and ligatures removed, everything but letters and digits turned into single spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_WORD.matcher(stripped).replaceAll(" ").strip();
    }

    /** The search terms of a text, in order, repeated as often as they occur (for relevance). */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return terms;
        }
        for (String word : normalised.split(" ")) {
            if (word.length() < 2 || STOP_WORDS.contains(word)) {
                continue; // also drops the elided l' and d' of "l’isolement" and "d’aide"
            }
            terms.add(stem(word));
        }
        return terms;
    }

    /** The distinct terms of a query, in order. */
    public static List<String> queryTerms(String query) {
        return List.copyOf(new LinkedHashSet<>(terms(query)));
    }

    /**
     * Folds the commonest French inflections of a normalised word: plurals in -s, -x and -aux, then a final feminine
     * -e. Applied to documents and queries alike, so a word meets its inflected forms on common ground.
     */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("eaux")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.length() > 4 && w.endsWith("aux")) {
            w = w.substring(0, w.length() - 3) + "al";
        } else if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
