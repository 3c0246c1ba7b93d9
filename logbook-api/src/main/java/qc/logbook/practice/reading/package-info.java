/** What other features read of the practice repository: whether a practice they name may be applied. */
package qc.logbook.practice.reading;
