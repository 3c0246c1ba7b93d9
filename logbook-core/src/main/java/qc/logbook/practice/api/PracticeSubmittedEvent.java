package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A revision was submitted for review. */
@Revision("1")
public record PracticeSubmittedEvent(PracticeId practiceId, int revision, Instant submittedAt) {
}
