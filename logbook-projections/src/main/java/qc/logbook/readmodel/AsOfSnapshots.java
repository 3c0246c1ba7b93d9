package qc.logbook.readmodel;

import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a read model from the events stored up to an instant — folded in memory with the read model's own handlers,
 * then written to temporary collections — and runs the read model's own query on them: the read model "as it stood"
 * then. Implemented by the application's replay feature.
 */
public interface AsOfSnapshots {

    /**
     * @param readModel   the {@link RebuildableReadModel#readModelName()} to build
     * @param asOf        events with a timestamp after this instant are left out
     * @param collections the logical collections the query reads (only those are written to MongoDB)
     * @param query       the read model's own query, given the names of the temporary collections
     */
    <R> R query(String readModel, Instant asOf, Set<String> collections, Function<CollectionNames, R> query);

    /** As {@link #query(String, Instant, Set, Function)}, materialising every collection of the read model. */
    default <R> R query(String readModel, Instant asOf, Function<CollectionNames, R> query) {
        return query(readModel, asOf, null, query);
    }
}
