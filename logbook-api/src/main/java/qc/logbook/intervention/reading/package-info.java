/**
 * What the API, the pages and the exports read of the journal de bord for the signed-in user: the same checks of the
 * period and the same narrowing to the user's territories wherever the figures are shown.
 */
package qc.logbook.intervention.reading;
