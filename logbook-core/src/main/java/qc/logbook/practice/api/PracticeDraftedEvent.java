package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A practice was started as a draft: its first revision. */
@Revision("1")
public record PracticeDraftedEvent(PracticeId practiceId, int revision, PracticeForm form, Instant draftedAt) {
}
