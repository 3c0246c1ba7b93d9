/** The erasure aggregate: one per forgotten tenant. */
package qc.logbook.privacy.command;
