/**
 * The practice repository's pages for authors and reviewers: the seed's whole form with drafts that save themselves,
 * the author's practices and where each stands, and the coordinators' review queue with what changed between two
 * revisions. Every write is the command the REST API sends; every read the same query.
 */
package qc.logbook.practice.web;
