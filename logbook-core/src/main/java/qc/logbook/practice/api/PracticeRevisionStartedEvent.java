package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A new revision of a published practice was opened, as a draft; the published revision stays visible. */
@Revision("1")
public record PracticeRevisionStartedEvent(PracticeId practiceId, int revision, int basedOnRevision,
                                           PracticeForm form, String reason, Instant startedAt) {
}
