/**
 * Read models of the practice repository: faceted search over published practices, and each practice's detail with
 * its revision history.
 */
package qc.logbook.practice.query;
