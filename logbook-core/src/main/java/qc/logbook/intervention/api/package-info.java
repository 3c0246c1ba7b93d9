/** Messages of the intervention logbook (journal de bord): commands, events and typed identifiers. */
package qc.logbook.intervention.api;
