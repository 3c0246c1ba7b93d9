/** Reference data of the logbook: closed taxonomies with French and English labels, and the territories. */
package qc.logbook.reference;
