package qc.logbook.readmodel;

/** Maps a read model's logical collection name (the one of its {@code @Document}) to the physical one in use. */
@FunctionalInterface
public interface CollectionNames {

    String of(String logical);
}
