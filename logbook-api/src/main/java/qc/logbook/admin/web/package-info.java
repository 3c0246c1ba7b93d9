/**
 * The administrators' pages ({@code /admin/**}): read models and their rebuilds, forgetting a tenant, the tenant-access
 * log, the audit journal and the dead letters, through the same services as the admin API.
 */
package qc.logbook.admin.web;
