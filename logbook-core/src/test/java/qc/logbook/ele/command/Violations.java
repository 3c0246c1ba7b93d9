package qc.logbook.ele.command;

import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import qc.logbook.domain.RuleViolation;

/** Matches the {@link RuleViolation} a command handler threw, by kind, rule code and field. */
final class Violations {

    private Violations() {
    }

    static Matcher<RuleViolation> violation(RuleViolation.Kind kind, String rule, String field) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof RuleViolation v && v.kind() == kind && v.rule().equals(rule)
                        && java.util.Objects.equals(v.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rule violation " + rule + " on field " + field);
            }

            @Override
            public void describeMismatch(Object actual, Description description) {
                if (actual instanceof RuleViolation v) {
                    description.appendText("was " + v.kind() + " " + v.rule() + " on field " + v.field());
                } else {
                    description.appendValue(actual);
                }
            }
        };
    }

    static Matcher<RuleViolation> invalid(String rule, String field) {
        return violation(RuleViolation.Kind.INVALID, rule, field);
    }

    static Matcher<RuleViolation> conflict(String rule, String field) {
        return violation(RuleViolation.Kind.CONFLICT, rule, field);
    }

    static Matcher<RuleViolation> forbidden(String rule, String field) {
        return violation(RuleViolation.Kind.FORBIDDEN, rule, field);
    }

    static Matcher<RuleViolation> notFound(String rule, String field) {
        return violation(RuleViolation.Kind.NOT_FOUND, rule, field);
    }
}
