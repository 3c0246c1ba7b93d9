package qc.logbook.readmodel;

/**
 * Makes every read-model write made so far durable in the read-model store. Called when an event processor's batch
 * prepares to commit (after its buffered writes are flushed, before its tracking token is committed in the event
 * store's database) and by a rebuild before it moves the processors' tokens: a token must never be durable while the
 * writes it stands for are not, or a crash would leave those writes lost and never redone.
 *
 * <p>With a real MongoDB this does nothing ({@link #NONE}): durability there is the write concern's (a replica set's
 * default since MongoDB 5 is majority, journaled before it is acknowledged; see {@code infra/}). The embedded store
 * commits its file here instead of after every write (decision 0022).
 */
@FunctionalInterface
public interface ReadModelStoreCommit {

    /** For a store whose acknowledged writes are already durable. */
    ReadModelStoreCommit NONE = () -> {
    };

    void commit();
}
