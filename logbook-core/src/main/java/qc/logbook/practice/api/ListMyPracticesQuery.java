package qc.logbook.practice.api;

/**
 * The practices a user authored (drafted, or opened a revision of), most recently changed first, with where each
 * stands. Answered with a list of the practices' details.
 *
 * @param userId the pseudonymous id of the user, as the commands' audit metadata records it
 */
public record ListMyPracticesQuery(String userId) {
}
