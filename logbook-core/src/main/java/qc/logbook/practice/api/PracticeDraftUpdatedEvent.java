package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The form of the revision being drafted was replaced. */
@Revision("1")
public record PracticeDraftUpdatedEvent(PracticeId practiceId, int revision, PracticeForm form, Instant updatedAt) {
}
