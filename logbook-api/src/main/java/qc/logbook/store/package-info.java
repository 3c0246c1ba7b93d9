/**
 * The embedded default stores: PostgreSQL and a MongoDB-wire server under the data directory, and the read-model
 * store's durability seam ({@link qc.logbook.store.ReadModelStoreCommit}): its commit, and the positions a start checks
 * against the processors' tokens.
 */
package qc.logbook.store;
