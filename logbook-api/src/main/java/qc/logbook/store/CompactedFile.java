package qc.logbook.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The embedded store's {@link ReadModelFile}: its H2 file, compacted by {@link ReadModelStoreBackend#compactFile}. */
final class CompactedFile implements ReadModelFile {

    private final ReadModelStoreBackend backend;
    private final AtomicReference<Compaction> last = new AtomicReference<>();

    CompactedFile(ReadModelStoreBackend backend) {
        this.backend = backend;
    }

    @Override
    public long size() {
        return backend.getMvStore().getFileStore().size();
    }

    /** One at a time: a second compaction would only wait for the first one's slices. */
    @Override
    public synchronized Compaction compact(Duration budget) {
        Compaction compaction = backend.compactFile(budget);
        last.set(compaction);
        return compaction;
    }

    @Override
    public Optional<Compaction> lastCompaction() {
        return Optional.ofNullable(last.get());
    }
}
