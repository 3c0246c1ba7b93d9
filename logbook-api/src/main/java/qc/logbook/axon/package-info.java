/** Axon Framework wiring: JDBC storage schemas, serialisation, processors and audit metadata. */
package qc.logbook.axon;
