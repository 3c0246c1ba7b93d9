/** Upcasters of the intervention events: how stored events of older revisions are read today. */
package qc.logbook.intervention.upcasting;
