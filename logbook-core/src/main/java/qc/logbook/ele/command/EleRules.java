package qc.logbook.ele.command;

import java.util.List;
import qc.logbook.domain.RuleViolation;
import qc.logbook.domain.Text;
import qc.logbook.ele.api.Money;
import qc.logbook.reference.Territories;

/** Rules shared by the ÉLÉ aggregates. Field names are those of the REST requests. */
final class EleRules {

    static final int MAX_NAME = 150;
    static final int MAX_REASON = 500;

    private EleRules() {
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw RuleViolation.invalid(field, "required");
        }
    }

    static void requirePositive(String field, Money amount) {
        required(field, amount);
        if (!amount.isPositive()) {
            throw RuleViolation.invalid(field, "amount.not-positive");
        }
    }

    static void requireCount(String field, Integer count, int max) {
        if (count != null && (count < 0 || count > max)) {
            throw RuleViolation.invalid(field, "count.out-of-range", max);
        }
    }

    static void requireTerritory(String field, String code) {
        if (Territories.byCode(code).isEmpty()) {
            throw RuleViolation.invalid(field, "territory.unknown");
        }
    }

    /** Every text of the list is present and short enough, and the list is not too long. */
    static void requireTexts(String field, List<String> texts, int maxItems, int maxLength) {
        if (texts.size() > maxItems) {
            throw RuleViolation.invalid(field, "list.too-long", maxItems);
        }
        for (int i = 0; i < texts.size(); i++) {
            Text.requirePresent(field + "[" + i + "]", texts.get(i), maxLength);
        }
    }
}
