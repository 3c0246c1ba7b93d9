package qc.logbook.store;

/**
 * Makes the read-model store's writes durable, and says how far they go. The application's processor wiring calls it
 * once per event-processor transaction, after the batch's buffered writes are flushed and before the transaction that
 * holds the batch's tracking token commits in PostgreSQL; a rebuild calls it before it moves the processors' tokens
 * and after its switch. A token must never be durable while the writes it stands for are not, or a crash would leave
 * those writes lost and never redone. Projections know nothing of it (decision 0022).
 *
 * <p>With a real MongoDB this does nothing ({@link #NONE}): durability there is the write concern's (a replica set's
 * default since MongoDB 5 is majority, journaled before it is acknowledged; see {@code infra/}). The embedded store
 * ({@link EmbeddedReadModelStore}) commits its file here instead of after every write, and keeps the positions so that
 * a start can tell a store that lost writes its tokens stand for (decision 0026).
 */
public interface ReadModelStoreCommit {

    /** For a store whose acknowledged writes are already durable. */
    ReadModelStoreCommit NONE = () -> {
    };

    /** Makes every write made so far durable. */
    void commit();

    /**
     * Records, beside the writes made so far, that they hold the effects of a processor segment's events up to a
     * global index (its tracking token's position); durable with the next {@link #commit()}. Nothing by default.
     */
    default void recordPosition(String processor, int segment, long position) {
    }
}
