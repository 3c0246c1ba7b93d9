/**
 * The installable web app around the worker's entry page: the manifest, the service worker script and the page shown
 * when there is no connection. The outbox itself lives in the browser (static/js/outbox.js, IndexedDB) and sends
 * through {@code qc.logbook.intervention.web.OutboxSyncController}. See docs/offline-entry.md.
 */
package qc.logbook.offline;
