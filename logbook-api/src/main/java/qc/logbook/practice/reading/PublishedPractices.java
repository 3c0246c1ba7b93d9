package qc.logbook.practice.reading;

import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.practice.api.FindPracticeQuery;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.query.PracticeDetailsView;

/**
 * The check a collective support and an ÉLÉ project go through when they name the practice they apply: it must be
 * published and not retired. The aggregates cannot know practices, so the edge checks, with the query the practice
 * pages send.
 */
@Component
public class PublishedPractices {

    private final QueryGateway queries;

    PublishedPractices(QueryGateway queries) {
        this.queries = queries;
    }

    /** The practice, if it is published; otherwise 400 {@code practice.unknown} on {@code practiceId}. */
    public PracticeId require(UUID id) {
        PracticeId practice = new PracticeId(id);
        boolean published = queries.query(new FindPracticeQuery(practice),
                        ResponseTypes.optionalInstanceOf(PracticeDetailsView.class)).join()
                .filter(view -> view.publishedForm() != null && view.status() != PracticeStatus.RETIRED)
                .isPresent();
        if (!published) {
            throw RuleViolation.invalid("practiceId", "practice.unknown");
        }
        return practice;
    }
}
