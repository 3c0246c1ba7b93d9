package qc.logbook.domain;

import java.util.Arrays;

/**
 * Whom a user may record interventions for, carried as command metadata like {@link TerritoryScope} so that the
 * aggregate checks it where the command is handled. A worker records as themselves; a coordinator may also record on
 * behalf of a worker account of the intervention's territory. The application resolves that (it knows the accounts)
 * and sends the resulting worker ids — comma-separated, or {@code *} for anyone — with the command; commands sent by
 * the system itself carry none and are not restricted.
 */
public final class WorkerScope {

    /** Metadata key of the worker ids a command may name as the worker. */
    public static final String METADATA_KEY = "mayRecordFor";
    public static final String ANY = "*";

    private WorkerScope() {
    }

    /** Refuses the command when {@code worker} is not one the user may record for. */
    public static void require(String scope, String worker, String field) {
        if (!allows(scope, worker)) {
            throw RuleViolation.forbidden(field, "worker.not-self");
        }
    }

    public static boolean allows(String scope, String worker) {
        if (scope == null || ANY.equals(scope)) {
            return true;
        }
        return worker != null && Arrays.asList(scope.split(",")).contains(worker);
    }
}
