package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A practice was withdrawn from the repository; it no longer shows in search. */
@Revision("1")
public record PracticeRetiredEvent(PracticeId practiceId, int lastPublishedRevision, String reason,
                                   Instant retiredAt) {
}
