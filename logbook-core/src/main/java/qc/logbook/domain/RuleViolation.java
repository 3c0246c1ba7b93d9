package qc.logbook.domain;

import java.util.Objects;

/**
 * A command broke a rule of the domain. Carries what the API and the pages need to tell the person why: the field at
 * fault (a JSON path of the request, or {@code null} for a whole-resource rule), a stable rule code, and the arguments
 * of its message. The sentences themselves live in the application's message bundles ({@code i18n/problems*.properties}
 * in logbook-api), under {@link #messageKey()}, so that the core stays free of Spring and every French and English
 * text has one home. Arguments never quote the rejected value: it may be personal data.
 *
 * <p>An argument may be a number (formatted in the reader's language), a {@code qc.logbook.reference.Labelled} value
 * (its label in the reader's language), a {@link Label} of the bundles (see {@link #label(String)}), or anything
 * else (its {@code toString()}).
 */
public class RuleViolation extends RuntimeException {

    /** How the API should classify the violation. */
    public enum Kind {
        /** The command is invalid in itself (400). */
        INVALID,
        /** The command conflicts with the current state of the aggregate (409). */
        CONFLICT,
        /** The command names something that does not exist (404). */
        NOT_FOUND,
        /** The user may not act on this resource (403). */
        FORBIDDEN
    }

    /** A message argument that is itself a text of the bundles (a field's label), resolved in the reader's language. */
    public record Label(String key) {
        public Label {
            Objects.requireNonNull(key);
        }
    }

    private final Kind kind;
    private final String field;
    private final String rule;
    private final String variant;
    private final Object[] args;

    private RuleViolation(Kind kind, String field, String rule, String variant, Object[] args) {
        // The exception's own message names the rule and field only: it ends up in logs.
        super(rule + (field == null ? "" : " (" + field + ")"), null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.field = field;
        this.rule = Objects.requireNonNull(rule);
        this.variant = variant;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public RuleViolation(Kind kind, String field, String rule, Object... args) {
        this(kind, field, rule, null, args);
    }

    public static RuleViolation invalid(String field, String rule, Object... args) {
        return new RuleViolation(Kind.INVALID, field, rule, null, args);
    }

    public static RuleViolation conflict(String field, String rule, Object... args) {
        return new RuleViolation(Kind.CONFLICT, field, rule, null, args);
    }

    public static RuleViolation notFound(String field, String rule, Object... args) {
        return new RuleViolation(Kind.NOT_FOUND, field, rule, null, args);
    }

    public static RuleViolation forbidden(String field, String rule, Object... args) {
        return new RuleViolation(Kind.FORBIDDEN, field, rule, null, args);
    }

    /** A message argument naming a text of the bundles, e.g. {@code label("field.form.name")}. */
    public static Label label(String key) {
        return new Label(key);
    }

    /**
     * The same violation worded another way: one rule code, several sentences (a rule checked on different fields, or
     * with a field label). The message key becomes {@code rule.<code>.<variant>}; the code programs read is unchanged.
     */
    public RuleViolation variant(String variant) {
        return new RuleViolation(kind, field, rule, Objects.requireNonNull(variant), args);
    }

    /** The same violation with its field nested under {@code prefix} (a request that wraps the checked object). */
    public RuleViolation nestedUnder(String prefix) {
        return field == null ? this : new RuleViolation(kind, prefix + "." + field, rule, variant, args);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    /** Key of the message in the bundles: {@code rule.<code>}, or {@code rule.<code>.<variant>}. */
    public String messageKey() {
        return "rule." + rule + (variant == null ? "" : "." + variant);
    }

    /** The message's arguments, in order ({0}, {1}…). */
    public Object[] args() {
        return args.clone();
    }
}
