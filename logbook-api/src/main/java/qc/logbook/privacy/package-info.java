/**
 * Tenants' personal data: sealed in the events with a key per tenant (crypto-shredding to forget a tenant), the
 * tenant-access log, and the small-cell suppression of the figures evaluators read.
 */
package qc.logbook.privacy;
