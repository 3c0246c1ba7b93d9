/** The intervention aggregate: the rules of the journal de bord. */
package qc.logbook.intervention.command;
