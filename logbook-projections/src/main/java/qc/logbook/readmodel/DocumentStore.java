package qc.logbook.readmodel;

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
}
