/** The embedded default stores: PostgreSQL and a MongoDB-wire server under the data directory. */
package qc.logbook.store;
