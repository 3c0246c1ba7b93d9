package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer publishes the submitted revision; it replaces the published one, if any. */
public record PublishPracticeCommand(@TargetAggregateIdentifier PracticeId practiceId, Instant receivedAt) {
}
