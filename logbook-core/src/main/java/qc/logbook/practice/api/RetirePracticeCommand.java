package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a published practice from the repository for good; a pending revision is dropped with it. */
public record RetirePracticeCommand(@TargetAggregateIdentifier PracticeId practiceId, String reason,
                                    Instant receivedAt) {
}
