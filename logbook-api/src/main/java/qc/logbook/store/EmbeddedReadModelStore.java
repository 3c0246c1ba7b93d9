package qc.logbook.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded read-model store's file as the application's wiring sees it: its commit, and two small maps of its own
 * beside mongo-java-server's (which reads only the maps named {@code databases.} and {@code meta.}):
 * <ul>
 *   <li>the <b>positions</b>: for every processor segment, the global index up to which the store holds the effects
 *   of its events. Written with each processor transaction's writes, before the commit that makes both durable, so the
 *   store says how far its own durable writes go, whatever reached the disk;</li>
 *   <li>the <b>repairs</b>: read models found damaged at a start, with the generation that was active then; the mark
 *   goes once a later generation is active (the rebuild switched), so a rebuild interrupted by a stop is run again.</li>
 * </ul>
 * How the file was found at start ({@link Opening}) tells a missing or unreadable store from one that opened.
 *
 * <p>Commits are grouped: each processor transaction asks for one after its writes, and several processors ask at
 * about the same time. A commit rewrites every page changed since the last one, and each also writes the chunk's
 * header and H2's chunk metadata; a caller that waited while another commit ran is served by the next one that
 * starts after its call, as are the others that waited with it, instead of each committing in turn.
 */
public final class EmbeddedReadModelStore implements ReadModelStoreCommit {

    static final String POSITIONS = "logbook.read_model_positions";
    static final String REPAIRS = "logbook.read_model_repairs";

    /** How the store's file was found at start. */
    public enum Opening {
        /** The file was there and opened. */
        OPENED,
        /** There was no file (or an empty one): a new store. */
        CREATED,
        /** The file could not be read: it was moved aside and a new store created. */
        REPLACED
    }

    private final MVStore store;
    private final StoreExclusion exclusion;
    private final Opening opening;
    private final Path movedAside;
    private final MVMap<String, Long> positions;
    private final MVMap<String, Long> repairs;
    /** Calls of {@link #commit()} so far: each call's writes precede its number. */
    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock committing = new ReentrantLock();
    /** Every call numbered up to this has had its writes committed (guarded by {@link #committing}). */
    private long covered;
    private final AtomicLong commits = new AtomicLong();

    /** A store of its own (tests): nothing else uses its file. */
    public EmbeddedReadModelStore(MVStore store, Opening opening, Path movedAside) {
        this(store, new StoreExclusion(), opening, movedAside);
    }

    /** A store whose file is also accessed under {@code exclusion} (tests of the store's commits). */
    EmbeddedReadModelStore(MVStore store, StoreExclusion exclusion) {
        this(store, exclusion, Opening.OPENED, null);
    }

    /** The server's store: commits and the maps of its own wait for a compaction slice of the backend's file. */
    EmbeddedReadModelStore(ReadModelStoreBackend backend, Opening opening, Path movedAside) {
        this(backend.getMvStore(), backend.exclusion(), opening, movedAside);
    }

    private EmbeddedReadModelStore(MVStore store, StoreExclusion exclusion, Opening opening, Path movedAside) {
        this.store = store;
        this.exclusion = exclusion;
        this.opening = opening;
        this.movedAside = movedAside;
        this.positions = store.openMap(POSITIONS);
        this.repairs = store.openMap(REPAIRS);
    }

    public Opening opening() {
        return opening;
    }

    /** Where an unreadable file was moved, when it was. */
    public Optional<Path> movedAside() {
        return Optional.ofNullable(movedAside);
    }

    /**
     * Makes every write made before the call durable: by a commit that starts after the call, its own or one that
     * another caller started while this one waited for the commit before it.
     */
    @Override
    public void commit() {
        long call = requested.incrementAndGet();
        committing.lock();
        try {
            if (covered >= call) {
                return;
            }
            long upTo = requested.get();
            exclusion.shared(store::commit);
            commits.incrementAndGet();
            covered = upTo;
        } finally {
            committing.unlock();
        }
    }

    /** Commits of the file made for {@link #commit()} calls since start (fewer than the calls when they overlap). */
    public long commits() {
        return commits.get();
    }

    /** Calls of {@link #commit()} since start. */
    public long commitCalls() {
        return requested.get();
    }

    @Override
    public void recordPosition(String processor, int segment, long position) {
        exclusion.shared(() -> positions.put(key(processor, segment), position));
    }

    /** The position recorded for a processor's segment, if any. */
    public Optional<Long> position(String processor, int segment) {
        return exclusion.shared(() -> Optional.ofNullable(positions.get(key(processor, segment))));
    }

    public boolean hasPositions() {
        return exclusion.shared(() -> !positions.isEmpty());
    }

    /** Read models marked for repair, with the generation active when they were marked. */
    public Map<String, Long> repairs() {
        return exclusion.shared(() -> new TreeMap<>(repairs));
    }

    public void markRepair(String readModel, long activeGeneration) {
        exclusion.shared(() -> repairs.put(readModel, activeGeneration));
    }

    public void clearRepair(String readModel) {
        exclusion.shared(() -> repairs.remove(readModel));
    }

    private static String key(String processor, int segment) {
        return processor + "/" + segment;
    }
}
