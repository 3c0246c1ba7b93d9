/**
 * Read-model plumbing shared by every projection: which generation of a read model's collections is active (blue/green
 * rebuilds), batched document writes, and the hooks the rebuild and "as of" machinery of the application use.
 */
package qc.logbook.readmodel;
