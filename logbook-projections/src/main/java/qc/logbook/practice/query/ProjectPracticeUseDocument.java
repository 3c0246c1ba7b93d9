package qc.logbook.practice.query;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One ÉLÉ project as the practice-uses read model sees it: its territories and the practice it applies (both may be
 * revised or corrected), and whether it was cancelled (a cancelled project applies nothing).
 *
 * @param lastSequence sequence number, in the funding measure's stream, of the last event of the project folded in
 */
@Document(ProjectPracticeUseDocument.COLLECTION)
public record ProjectPracticeUseDocument(
        @Id String id,
        List<String> territories,
        @Indexed(name = "practiceId_1") String practiceId,
        boolean cancelled,
        long lastSequence) {

    public static final String COLLECTION = "practice_project_uses";

    public ProjectPracticeUseDocument {
        territories = territories == null ? List.of() : List.copyOf(territories);
    }
}
