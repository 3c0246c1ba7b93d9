package qc.logbook.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules counted as a person counts: in Unicode code points, so an accented letter or an emoji counts once,
 * whatever its UTF-16 length.
 */
public final class Text {

    /** One extended grapheme cluster: what a person sees as one character. */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private Text() {
    }

    /**
     * The length a person sees: extended grapheme clusters, so that a letter with a combining accent ("e" + U+0301),
     * a flag or an emoji sequence (👩‍👩‍👧, five code points) counts once, as browsers count with
     * {@code Intl.Segmenter}.
     */
    public static int graphemes(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Rejects text longer than {@code max} code points. */
    public static void requireMaxLength(String field, String text, int max) {
        if (length(text) > max) {
            throw RuleViolation.invalid(field, "text.too-long", max);
        }
    }

    /** Rejects blank text, or text longer than {@code max} code points. */
    public static void requirePresent(String field, String text, int max) {
        if (isBlank(text)) {
            throw RuleViolation.invalid(field, "text.required");
        }
        requireMaxLength(field, text, max);
    }
}
