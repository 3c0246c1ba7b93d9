/**
 * Replay: blue/green rebuilds of read models from the event store (admin API and metrics), read models "as of" an
 * instant, and content hashes that show two replays give the same read model.
 */
package qc.logbook.replay;
