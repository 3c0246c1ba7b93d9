/**
 * The intervention logbook's application: the Spring Boot entry point. Features live in their own packages
 * (intervention, ele, practice, privacy, dashboard, export…), each with its REST controllers ({@code rest}) and pages
 * ({@code web}); the store wiring, Axon configuration, security and problem documents are shared.
 */
package qc.logbook;
