package qc.logbook.readmodel;

import java.time.Instant;
import java.util.function.Function;

/**
 * Builds a read model from the events stored up to an instant, in temporary collections, and runs a query on them:
 * the read model "as it stood" then. Implemented by the application's replay feature.
 */
public interface AsOfSnapshots {

    /**
     * @param readModel the {@link RebuildableReadModel#readModelName()} to build
     * @param asOf      events with a timestamp after this instant are left out
     * @param query     the read model's own query, given the names of the temporary collections
     */
    <R> R query(String readModel, Instant asOf, Function<CollectionNames, R> query);
}
