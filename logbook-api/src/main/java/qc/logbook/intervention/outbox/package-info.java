/**
 * The server side of the pages' offline outbox (static/js/outbox.js): the session endpoint entries recorded without a
 * connection are sent to. See docs/offline-entry.md.
 */
package qc.logbook.intervention.outbox;
