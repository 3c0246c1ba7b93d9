package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the form of the revision being drafted (the first draft, or a revision of a published practice). */
public record UpdatePracticeDraftCommand(@TargetAggregateIdentifier PracticeId practiceId, PracticeForm form,
                                         Instant receivedAt) {
}
