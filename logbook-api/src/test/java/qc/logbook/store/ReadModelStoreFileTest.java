package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the embedded read-model store's file is found at start: there, missing, unreadable (moved aside), locked. */
class ReadModelStoreFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T16:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aStoreThatIsThereOpensAsItIs() {
        Path file = dir.resolve("mongo.mv");
        try (MVStore store = MVStore.open(file.toString())) {
            store.<String, String>openMap("documents").put("doc-1", "kept");
        }

        ReadModelStoreFile.Opened opened = ReadModelStoreFile.open(file, CLOCK);
        try (MVStore store = opened.store()) {
            assertThat(opened.opening()).isEqualTo(EmbeddedReadModelStore.Opening.OPENED);
            assertThat(store.<String, String>openMap("documents")).containsEntry("doc-1", "kept");
        }
    }

    @Test
    void theStoreKeepsAsManyPagesInMemoryAsConfigured() {
        ReadModelStoreFile.Opened configured = ReadModelStoreFile.open(dir.resolve("configured.mv"), CLOCK, 48);
        ReadModelStoreFile.Opened byDefault = ReadModelStoreFile.open(dir.resolve("default.mv"), CLOCK);
        try (MVStore store = configured.store(); MVStore other = byDefault.store()) {
            assertThat(store.getCacheSize()).isEqualTo(48);
            assertThat(other.getCacheSize()).isEqualTo(StoreProperties.DEFAULT_CACHE_MIB);
        }
        assertThat(new StoreProperties(null, null).cacheMib()).isEqualTo(StoreProperties.DEFAULT_CACHE_MIB);
        assertThatThrownBy(() -> new StoreProperties(null, 0)).hasMessageContaining("logbook.store.cache-mib");
    }

    @Test
    void aMissingOrEmptyFileIsANewStore() throws Exception {
        Path file = dir.resolve("mongo.mv");
        ReadModelStoreFile.Opened missing = ReadModelStoreFile.open(file, CLOCK);
        missing.store().closeImmediately();
        Files.write(file, new byte[0]);
        ReadModelStoreFile.Opened empty = ReadModelStoreFile.open(file, CLOCK);
        empty.store().close();

        assertThat(missing.opening()).isEqualTo(EmbeddedReadModelStore.Opening.CREATED);
        assertThat(empty.opening()).isEqualTo(EmbeddedReadModelStore.Opening.CREATED);
    }

    @Test
    void anUnreadableFileIsMovedAsideUnderATimestampedNameNotDeleted() throws Exception {
        Path file = dir.resolve("mongo.mv");
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        ReadModelStoreFile.Opened opened = ReadModelStoreFile.open(file, CLOCK);
        try (MVStore store = opened.store()) {
            assertThat(opened.opening()).isEqualTo(EmbeddedReadModelStore.Opening.REPLACED);
            assertThat(opened.movedAside()).isEqualTo(dir.resolve("mongo.mv.unreadable-20261201T163005Z"));
            assertThat(Files.readAllBytes(opened.movedAside())).isEqualTo(garbage);
            assertThat(store.getMapNames()).doesNotContain("documents");
        }
    }

    @Test
    void aFileWhoseMapsMissAChunkIsMovedAsideToo() throws Exception {
        // H2 reads lazily: a file may open and still miss a chunk that only opening the backend's maps reads
        Path file = dir.resolve("mongo.mv");
        try (MVStore store = MVStore.open(file.toString())) {
            store.<String, String>openMap("documents").put("doc-1", "kept");
        }
        byte[] before = Files.readAllBytes(file);
        java.util.concurrent.atomic.AtomicInteger backends = new java.util.concurrent.atomic.AtomicInteger();

        ReadModelStoreFile.Opened opened = ReadModelStoreFile.open(file, CLOCK, StoreProperties.DEFAULT_CACHE_MIB,
                store -> {
            if (backends.getAndIncrement() == 0) {
                throw new MVStoreException(org.h2.mvstore.DataUtils.ERROR_CHUNK_NOT_FOUND, "Chunk 83471 not found");
            }
            return new ReadModelStoreBackend(store);
        });
        try (MVStore store = opened.store()) {
            assertThat(opened.opening()).isEqualTo(EmbeddedReadModelStore.Opening.REPLACED);
            assertThat(opened.backend()).isNotNull();
            assertThat(Files.readAllBytes(opened.movedAside())).isEqualTo(before);
            assertThat(store.<String, String>openMap("documents")).isEmpty();
        }
        assertThat(backends).hasValue(2);
    }

    @Test
    void aFileLockedByAnotherStoreIsNotMovedAside() {
        Path file = dir.resolve("mongo.mv");
        try (MVStore running = MVStore.open(file.toString())) {
            assertThatThrownBy(() -> ReadModelStoreFile.open(file, CLOCK)).isInstanceOf(MVStoreException.class);
            assertThat(dir.toFile().list()).containsExactly("mongo.mv");
        }
    }
}
