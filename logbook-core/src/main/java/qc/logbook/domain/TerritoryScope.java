package qc.logbook.domain;

import java.util.Arrays;

/**
 * The territories a user may act in, carried as command metadata so that aggregates check it against their own state
 * (a referral on an intervention of another territory is refused even though the request names only an id). The value
 * is a comma-separated list of territory codes, or {@code *} for every territory; commands sent by the system itself
 * carry none and are not restricted.
 */
public final class TerritoryScope {

    /** Metadata key of the scope on a command. */
    public static final String METADATA_KEY = "territoryScope";
    public static final String ALL = "*";

    private TerritoryScope() {
    }

    /** Refuses the command when {@code territory} is outside {@code scope}. */
    public static void require(String scope, String territory, String field) {
        if (!allows(scope, territory)) {
            throw RuleViolation.forbidden(field, "territory.out-of-scope");
        }
    }

    public static boolean allows(String scope, String territory) {
        if (scope == null || ALL.equals(scope)) {
            return true;
        }
        return territory != null && Arrays.asList(scope.split(",")).contains(territory);
    }
}
