/**
 * Exports: the de-identified research export of the event history (NDJSON with a manifest) and CSV exports of the
 * statistics read models.
 */
package qc.logbook.export;
