package qc.logbook.practice.api;

/**
 * The reviewers' queue: practices with a revision submitted for review (a first submission or a revision of a
 * published practice), oldest submission first. Answered with a list of the practices' details.
 */
public record ListPracticesUnderReviewQuery() {
}
