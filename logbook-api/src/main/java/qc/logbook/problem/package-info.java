/**
 * Refusals as RFC 9457 problem documents, French first, naming the field: request checks before any command, the
 * texts from the message bundles, and the same document for Tomcat's, the firewall's and the error page's refusals.
 */
package qc.logbook.problem;
