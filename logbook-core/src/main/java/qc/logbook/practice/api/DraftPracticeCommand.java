package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a new practice as a draft (its first revision). Sending it again with the same id and the same form (a retry)
 * changes nothing; the same id with another form is a conflict.
 *
 * @param receivedAt when the service received the request; the aggregate has no clock of its own
 */
public record DraftPracticeCommand(@TargetAggregateIdentifier PracticeId practiceId, PracticeForm form,
                                   Instant receivedAt) {
}
