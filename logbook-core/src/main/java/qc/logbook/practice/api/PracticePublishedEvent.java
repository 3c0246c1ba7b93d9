package qc.logbook.practice.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A revision was published and is now the version everyone sees. The event carries the published form so a read
 * model of published practices needs no other event to know it.
 */
@Revision("1")
public record PracticePublishedEvent(PracticeId practiceId, int revision, PracticeForm form, Instant publishedAt) {
}
