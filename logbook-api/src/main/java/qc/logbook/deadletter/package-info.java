/** Events a read model could not handle: transient store failures retried in place, the rest parked and retried. */
package qc.logbook.deadletter;
