/** The reference data (tenures, target groups, sectors and needs, territories) with their French and English labels. */
package qc.logbook.reference.rest;
