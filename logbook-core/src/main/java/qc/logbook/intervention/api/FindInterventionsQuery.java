package qc.logbook.intervention.api;

/** A page of interventions, most recent first. */
public record FindInterventionsQuery(InterventionFilter filter, int page, int size) {
}
