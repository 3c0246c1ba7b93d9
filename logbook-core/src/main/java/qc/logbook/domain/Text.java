package qc.logbook.domain;

/**
 * Text rules counted as a person counts: in Unicode code points, so an accented letter or an emoji counts once,
 * whatever its UTF-16 length.
 */
public final class Text {

    private Text() {
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
