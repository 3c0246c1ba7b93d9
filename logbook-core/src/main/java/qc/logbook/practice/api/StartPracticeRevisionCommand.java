package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a new revision of a published practice. The published revision stays visible until the new one is published.
 *
 * @param form   the revised form, or {@code null} to start from a copy of the published one
 * @param reason why the practice is revised (optional)
 */
public record StartPracticeRevisionCommand(@TargetAggregateIdentifier PracticeId practiceId, PracticeForm form,
                                           String reason, Instant receivedAt) {
}
