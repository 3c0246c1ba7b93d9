/**
 * The workers' pages of the journal de bord: record, list, detail with timeline, follow-ups and the referrals to
 * follow. They bind the REST API's request records and go through the same operations, so the commands are the same.
 */
package qc.logbook.intervention.web;
