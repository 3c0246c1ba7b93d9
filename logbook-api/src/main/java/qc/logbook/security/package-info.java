/**
 * Who may do what: accounts stored in PostgreSQL and from configuration, roles and territories, the three security
 * chains (static files, the stateless API, the pages with their session and CSRF), and the account journal.
 */
package qc.logbook.security;
