package qc.logbook.ele.api;

/** One project, with its figures and status. */
public record FindProjectQuery(ProjectId projectId) {
}
