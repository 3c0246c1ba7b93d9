package qc.logbook.replay;

/** Where a rebuild stands. */
public enum RebuildState {
    /** Folding the event history into the shadow generation; dashboards answer from the current one. */
    BUILDING,
    /** The folded shadow generation's indexes are being built; dashboards still answer from the current one. */
    INDEXING,
    /** The live processors are paused while the shadow reads the last events. */
    CATCHING_UP,
    /** The shadow generation is active and the live processors resumed from its position. */
    COMPLETED,
    /** Something failed; the current generation is untouched and the shadow was dropped. */
    FAILED
}
