package qc.logbook.readmodel;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Where a projection reads and writes its documents, by logical collection name. The live implementation writes to the
 * active generation, batched per processor batch; a rebuild writes to shadow collections; an "as of" query to
 * temporary ones. The fold code of a projection is the same in the three cases.
 */
public interface DocumentStore {

    /** The document with this id, including one saved earlier in the same batch; {@code null} when there is none. */
    <T> T find(String collection, String id, Class<T> type);

    /** Saves (replaces) the document with this id; it may reach MongoDB only when the batch is flushed. */
    void save(String collection, String id, Object document);

    /** Saves the first version of a document, unless it exists already (its first event handled again). */
    default <T> void saveIfAbsent(String collection, String id, Class<T> type, Supplier<? extends T> first) {
        if (find(collection, id, type) == null) {
            save(collection, id, first.get());
        }
    }

    /**
     * Replaces a document by its changed version, unless it is missing or already reflects this event (its version,
     * the aggregate sequence number it was last changed at, is not below {@code sequence}): handling an event twice
     * changes nothing.
     */
    default <T> void update(String collection, String id, Class<T> type, ToLongFunction<T> version, long sequence,
                            UnaryOperator<T> change) {
        T current = find(collection, id, type);
        if (current != null && version.applyAsLong(current) < sequence) {
            save(collection, id, change.apply(current));
        }
    }
}
