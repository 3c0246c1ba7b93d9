package qc.logbook.practice.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.pages.ReadModelWait;
import qc.logbook.practice.api.FindPracticeQuery;
import qc.logbook.practice.api.ListMyPracticesQuery;
import qc.logbook.practice.api.ListPracticesUnderReviewQuery;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.query.PracticeDetailsView;

/** The practice queries the pages send (the REST API's own), and the small waits after a page's own write. */
@Component
class PracticePages {

    private final QueryGateway queries;

    PracticePages(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<PracticeDetailsView> find(PracticeId id) {
        return queries.query(new FindPracticeQuery(id), ResponseTypes.optionalInstanceOf(PracticeDetailsView.class))
                .join();
    }

    List<PracticeDetailsView> mine(String userId) {
        return queries.query(new ListMyPracticesQuery(userId),
                ResponseTypes.multipleInstancesOf(PracticeDetailsView.class)).join();
    }

    List<PracticeDetailsView> underReview() {
        return queries.query(new ListPracticesUnderReviewQuery(),
                ResponseTypes.multipleInstancesOf(PracticeDetailsView.class)).join();
    }

    /** The practice once the page's own write shows in the read model (see {@link ReadModelWait}). */
    Optional<PracticeDetailsView> findWhen(PracticeId id, Predicate<PracticeDetailsView> caughtUp) {
        return ReadModelWait.until(() -> find(id), caughtUp);
    }

    static boolean notFound(RuntimeException failure) {
        return failure instanceof AggregateNotFoundException
                || failure instanceof CommandExecutionException e && e.getCause() instanceof AggregateNotFoundException;
    }

    /** A practice this reader may not see, or none: the 404 page (as for an unknown id). */
    static org.springframework.web.server.ResponseStatusException notFoundPage() {
        return new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }

    /** The input a violation names: its JSON path without the request's {@code form.} prefix. */
    static String input(RuleViolation violation) {
        String field = violation.field();
        return field == null ? null : field.startsWith("form.") ? field.substring(5) : field;
    }
}
