package qc.logbook.security.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.Territories;
import qc.logbook.security.Role;

/** Labels of roles and territories in the reader's language. */
final class AccountPageTexts {

    private AccountPageTexts() {
    }

    /** A checkbox: value, label, whether it is checked. */
    record Option(String value, String label, boolean checked) {
    }

    static String label(Labelled labelled, Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelled.labelEn() : labelled.labelFr();
    }

    static List<Option> roles(Set<Role> checked, Locale locale) {
        return Stream.of(Role.values())
                .map(role -> new Option(role.name(), label(role, locale), checked != null && checked.contains(role)))
                .toList();
    }

    /** The reference territories, in their order. */
    static List<Option> territories(Set<String> checked, Locale locale) {
        return Territories.all().stream()
                .map(t -> new Option(t.code(), label(t, locale), checked != null && checked.contains(t.code())))
                .toList();
    }

    /** Territory codes as people read them: labels, or the "every territory" text key's value given. */
    static String territoryNames(Set<String> codes, Locale locale, String everyTerritory) {
        if (codes.contains(TerritoryScope.ALL)) {
            return everyTerritory;
        }
        return codes.stream().map(code -> Territories.byCode(code).map(t -> label(t, locale)).orElse(code))
                .sorted(Comparator.naturalOrder()).reduce((a, b) -> a + ", " + b).orElse("—");
    }

    static String roleNames(Set<Role> roles, Locale locale) {
        return roles.stream().sorted().map(r -> label(r, locale)).reduce((a, b) -> a + ", " + b).orElse("—");
    }

}
