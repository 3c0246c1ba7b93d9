package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A submitted revision went back to drafting, with the reviewer's comment. */
@Revision("1")
public record PracticeReturnedForChangesEvent(PracticeId practiceId, int revision, String comment,
                                              Instant returnedAt) {
}
