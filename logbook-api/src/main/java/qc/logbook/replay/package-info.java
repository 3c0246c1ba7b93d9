/**
 * Replay: blue/green rebuilds of read models from the event store (admin API and metrics), the rebuilds a start runs by
 * itself (read models of an older version, or found damaged by the check of the embedded store against the processors'
 * tokens), read models "as of" an instant, and content hashes that show two replays give the same read model.
 */
package qc.logbook.replay;
