package qc.logbook.intervention.query;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.FindReferralBreakdownQuery;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;

/**
 * Keeps one {@link InterventionFacts} document per intervention (corrections applied, cancellations as tombstones) and
 * answers the referral breakdown by folding the facts the filter selects.
 */
@Component
@ProcessingGroup(ReferralBreakdownProjection.PROCESSING_GROUP)
public class ReferralBreakdownProjection {

    public static final String PROCESSING_GROUP = "referral-breakdown";

    private final MongoTemplate mongo;

    public ReferralBreakdownProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InterventionRecordedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.interventionId().toString(), InterventionFacts.class) == null) {
            mongo.save(InterventionFacts.recorded(event, sequence));
        }
    }

    @EventHandler
    void on(InterventionCorrectedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.corrected(event, sequence));
    }

    @EventHandler
    void on(TenantReferredEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.referred(event, sequence));
    }

    @EventHandler
    void on(ReferralOutcomeRecordedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.outcomeRecorded(event, sequence));
    }

    @EventHandler
    void on(CollectiveActionSupportedEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.collectiveActionSupported(event, sequence));
    }

    @EventHandler
    void on(InterventionCancelledEvent event, @SequenceNumber long sequence) {
        update(event.interventionId(), sequence, f -> f.cancelled(sequence));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), InterventionFacts.class);
    }

    @QueryHandler
    ReferralBreakdown handle(FindReferralBreakdownQuery query) {
        ReferralBreakdownCalculator calculator = new ReferralBreakdownCalculator();
        try (Stream<InterventionFacts> facts = mongo.stream(new Query(criteria(query.filter())), InterventionFacts.class)) {
            facts.forEach(calculator::add);
        }
        return calculator.result();
    }

    private void update(InterventionId id, long sequence, UnaryOperator<InterventionFacts> change) {
        InterventionFacts current = mongo.findById(id.toString(), InterventionFacts.class);
        if (current != null && current.version() < sequence) {
            mongo.save(change.apply(current));
        }
    }

    static Criteria criteria(InterventionFilter filter) {
        return FilterCriteria.of(Criteria.where("cancelled").is(false), filter, "");
    }
}
