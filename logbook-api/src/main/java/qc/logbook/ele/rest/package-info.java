/** REST API of the local teams (ÉLÉ), their projects, the funding measures and the funding table. */
package qc.logbook.ele.rest;
