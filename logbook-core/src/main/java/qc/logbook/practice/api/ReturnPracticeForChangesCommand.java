package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer sends the submitted revision back to its authors, with a comment saying what to change. */
public record ReturnPracticeForChangesCommand(@TargetAggregateIdentifier PracticeId practiceId, String comment,
                                              Instant receivedAt) {
}
