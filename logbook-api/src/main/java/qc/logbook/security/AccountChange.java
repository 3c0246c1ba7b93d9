package qc.logbook.security;

import java.time.Instant;

/**
 * One entry of the account journal: who changed which account, when and what. Never a password.
 *
 * @param actorId pseudonymous id of the user who made the change, or {@code system}
 * @param detail  the new roles or territories, when the change is about them
 */
public record AccountChange(long changeId, Instant changedAt, String actorId, String username, String accountId,
                            Kind kind, String detail) {

    /** What changed. */
    public enum Kind {
        CREATED, ROLES_CHANGED, TERRITORIES_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED
    }
}
