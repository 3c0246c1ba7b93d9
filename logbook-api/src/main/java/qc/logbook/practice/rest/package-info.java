/** REST API of the practice repository: the review lifecycle, faceted search and the form's taxonomies. */
package qc.logbook.practice.rest;
