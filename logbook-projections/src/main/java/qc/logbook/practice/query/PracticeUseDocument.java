package qc.logbook.practice.query;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One intervention as the practice-uses read model sees it: its territory (which a correction may change), the
 * practices its collective supports named, and whether it was cancelled (a cancelled intervention applies nothing).
 * Kept per intervention rather than as counters, so that a correction or a cancellation moves the counts and an
 * event handled twice changes nothing.
 *
 * @param lastSequence sequence number of the last event of the intervention folded in
 */
@Document(PracticeUseDocument.COLLECTION)
public record PracticeUseDocument(
        @Id String id,
        String territory,
        @Indexed(name = "practiceIds_1") Set<String> practiceIds,
        boolean cancelled,
        long lastSequence) {

    public static final String COLLECTION = "practice_uses";

    public PracticeUseDocument {
        practiceIds = practiceIds == null ? Set.of() : Set.copyOf(practiceIds);
    }
}
