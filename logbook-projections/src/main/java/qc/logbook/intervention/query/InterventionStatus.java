package qc.logbook.intervention.query;

/** Whether an intervention counts in the statistics. */
public enum InterventionStatus {
    ACTIVE,
    CANCELLED
}
