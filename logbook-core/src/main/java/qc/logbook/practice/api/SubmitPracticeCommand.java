package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit the revision being drafted for review; the form must then be complete. */
public record SubmitPracticeCommand(@TargetAggregateIdentifier PracticeId practiceId, Instant receivedAt) {
}
