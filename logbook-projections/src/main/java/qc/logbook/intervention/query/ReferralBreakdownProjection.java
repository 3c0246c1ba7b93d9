package qc.logbook.intervention.query;

import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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
import qc.logbook.readmodel.AsOfSnapshots;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * Keeps one {@link InterventionFacts} document per intervention (corrections applied, cancellations as tombstones) and
 * answers the referral breakdown by folding the facts the filter selects. Documents live in the active generation of
 * the read model (see {@link ReadModelGenerations}); a rebuild runs the same handlers on a shadow generation.
 */
@Component
@ProcessingGroup(ReferralBreakdownProjection.PROCESSING_GROUP)
public class ReferralBreakdownProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "referral-breakdown";
    private static final String COLLECTION = InterventionFacts.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;
    private final ObjectProvider<AsOfSnapshots> snapshots;

    @Autowired
    public ReferralBreakdownProjection(MongoTemplate mongo, ReadModelGenerations generations,
                                       ObjectProvider<AsOfSnapshots> snapshots) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP);
        this.documents = live;
        this.snapshots = snapshots;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private ReferralBreakdownProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.documents = documents;
        this.snapshots = null;
    }

    @EventHandler
    void on(InterventionRecordedEvent event, @SequenceNumber long sequence) {
        String id = event.interventionId().toString();
        if (documents.find(COLLECTION, id, InterventionFacts.class) == null) {
            documents.save(COLLECTION, id, InterventionFacts.recorded(event, sequence));
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
        mongo.remove(new Query(), live.active(COLLECTION));
    }

    @QueryHandler
    ReferralBreakdown handle(FindReferralBreakdownQuery query) {
        Instant asOf = query.asOf();
        if (asOf != null) {
            return snapshots.getObject().query(PROCESSING_GROUP, asOf,
                    names -> breakdown(names.of(COLLECTION), query.filter()));
        }
        return breakdown(live.active(COLLECTION), query.filter());
    }

    private ReferralBreakdown breakdown(String collection, InterventionFilter filter) {
        ReferralBreakdownCalculator calculator = new ReferralBreakdownCalculator();
        try (Stream<InterventionFacts> facts = mongo.stream(new Query(criteria(filter)), InterventionFacts.class,
                collection)) {
            facts.forEach(calculator::add);
        }
        return calculator.result();
    }

    private void update(InterventionId id, long sequence, UnaryOperator<InterventionFacts> change) {
        InterventionFacts current = documents.find(COLLECTION, id.toString(), InterventionFacts.class);
        if (current != null && current.version() < sequence) {
            documents.save(COLLECTION, current.id(), change.apply(current));
        }
    }

    static Criteria criteria(InterventionFilter filter) {
        return FilterCriteria.of(Criteria.where("cancelled").is(false), filter, "");
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    @Override
    public Map<String, Class<?>> collections() {
        return Map.of(COLLECTION, InterventionFacts.class);
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new ReferralBreakdownProjection(target);
    }
}
