package qc.logbook.intervention.api;

/** The details and timeline of one intervention. */
public record FindInterventionQuery(InterventionId interventionId) {
}
