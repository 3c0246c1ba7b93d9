/** Audit: the complete timeline of any aggregate and a paginated, filterable journal of all events, from the store. */
package qc.logbook.audit;
