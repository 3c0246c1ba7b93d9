/** The funding read model of the ÉLÉ projects — measures, local teams, projects — and the funding table. */
package qc.logbook.ele.query;
