package qc.logbook.domain;

import java.util.Objects;

/**
 * A command broke a rule of the domain. Carries what the API needs to answer with a problem document: the field at
 * fault (a JSON path of the request, or {@code null} for a whole-resource rule), a stable rule code, and the message in
 * French and English. Messages never quote the rejected value: it may be personal data.
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

    private final Kind kind;
    private final String field;
    private final String rule;
    private final String messageFr;
    private final String messageEn;

    public RuleViolation(Kind kind, String field, String rule, String messageFr, String messageEn) {
        super(rule + ": " + messageEn, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.field = field;
        this.rule = Objects.requireNonNull(rule);
        this.messageFr = Objects.requireNonNull(messageFr);
        this.messageEn = Objects.requireNonNull(messageEn);
    }

    public static RuleViolation invalid(String field, String rule, String messageFr, String messageEn) {
        return new RuleViolation(Kind.INVALID, field, rule, messageFr, messageEn);
    }

    public static RuleViolation conflict(String field, String rule, String messageFr, String messageEn) {
        return new RuleViolation(Kind.CONFLICT, field, rule, messageFr, messageEn);
    }

    public static RuleViolation notFound(String field, String rule, String messageFr, String messageEn) {
        return new RuleViolation(Kind.NOT_FOUND, field, rule, messageFr, messageEn);
    }

    public static RuleViolation forbidden(String field, String rule, String messageFr, String messageEn) {
        return new RuleViolation(Kind.FORBIDDEN, field, rule, messageFr, messageEn);
    }

    /** The same violation with its field nested under {@code prefix} (a request that wraps the checked object). */
    public RuleViolation nestedUnder(String prefix) {
        return field == null ? this : new RuleViolation(kind, prefix + "." + field, rule, messageFr, messageEn);
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

    public String messageFr() {
        return messageFr;
    }

    public String messageEn() {
        return messageEn;
    }
}
