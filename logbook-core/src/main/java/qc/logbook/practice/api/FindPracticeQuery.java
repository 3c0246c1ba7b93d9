package qc.logbook.practice.api;

/** The detail of one practice: its published form, any pending revision, and its revision history. */
public record FindPracticeQuery(PracticeId practiceId) {
}
