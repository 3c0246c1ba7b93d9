/** Read models of the journal de bord: intervention details with timelines, and the referral breakdown. */
package qc.logbook.intervention.query;
