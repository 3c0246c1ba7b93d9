/** Upcasters of the ÉLÉ events: older revisions read as the current one. */
package qc.logbook.ele.upcasting;
