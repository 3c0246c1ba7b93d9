/** The ÉLÉ aggregates: a funding measure with the projects submitted to it, and the local teams. */
package qc.logbook.ele.command;
