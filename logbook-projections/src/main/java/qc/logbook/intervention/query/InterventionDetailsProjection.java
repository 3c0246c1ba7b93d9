package qc.logbook.intervention.query;

import static qc.logbook.domain.AuditMetadata.USER_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.FindInterventionQuery;
import qc.logbook.intervention.api.FindInterventionsQuery;
import qc.logbook.intervention.api.FindOpenReferralsQuery;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionFilter;
import qc.logbook.intervention.api.InterventionId;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.intervention.api.ReferralOutcomeRecordedEvent;
import qc.logbook.intervention.api.TenantReferredEvent;
import qc.logbook.privacy.api.TenantForgottenEvent;
import qc.logbook.reference.InterventionMode;
import qc.logbook.reference.Tenure;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.Paging;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * Builds {@link InterventionView}: each intervention with its details and full timeline, for the audit view. Documents
 * live in the active generation of the read model (see {@link ReadModelGenerations}); a rebuild runs the same handlers
 * on a shadow generation.
 */
@Component
@ProcessingGroup(InterventionDetailsProjection.PROCESSING_GROUP)
public class InterventionDetailsProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "intervention-details";

    private static final String COLLECTION = InterventionView.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;

    @Autowired
    public InterventionDetailsProjection(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP)
                .keyedByAggregate(COLLECTION, Set.of(InterventionRecordedEvent.class, TenantReferredEvent.class,
                        ReferralOutcomeRecordedEvent.class, CollectiveActionSupportedEvent.class,
                        InterventionCorrectedEvent.class, InterventionCancelledEvent.class));
        this.documents = live;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private InterventionDetailsProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.documents = documents;
    }

    @EventHandler
    void on(InterventionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String user) {
        documents.saveIfAbsent(COLLECTION, event.interventionId().toString(), InterventionView.class,
                () -> InterventionView.recorded(event, new InterventionView.Origin(sequence, at, user)));
    }

    @EventHandler
    void on(TenantReferredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String user) {
        update(event.interventionId(), sequence, v -> v.referred(event, new InterventionView.Origin(sequence, at, user)));
    }

    @EventHandler
    void on(ReferralOutcomeRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String user) {
        update(event.interventionId(), sequence,
                v -> v.outcomeRecorded(event, new InterventionView.Origin(sequence, at, user)));
    }

    @EventHandler
    void on(CollectiveActionSupportedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String user) {
        update(event.interventionId(), sequence,
                v -> v.collectiveActionSupported(event, new InterventionView.Origin(sequence, at, user)));
    }

    @EventHandler
    void on(InterventionCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String user) {
        update(event.interventionId(), sequence, v -> v.corrected(event, new InterventionView.Origin(sequence, at, user)));
    }

    @EventHandler
    void on(InterventionCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(USER_ID) String user) {
        update(event.interventionId(), sequence, v -> v.cancelled(event, new InterventionView.Origin(sequence, at, user)));
    }

    /** Scrubs the forgotten tenant's interventions at once; their events already read as erased. */
    @EventHandler
    void on(TenantForgottenEvent event, @Timestamp Instant at, @MetaDataValue(USER_ID) String user) {
        InterventionView.Origin origin = new InterventionView.Origin(-1, at, user);
        for (InterventionId id : event.interventions()) {
            InterventionView current = documents.find(COLLECTION, id.toString(), InterventionView.class);
            if (current != null) {
                documents.save(COLLECTION, current.id(), current.personalDataErased(event, origin));
            }
        }
    }

    @ResetHandler
    void reset() {
        live.removeAll(COLLECTION);
    }

    @QueryHandler
    Optional<InterventionView> handle(FindInterventionQuery query) {
        return Optional.ofNullable(mongo.findById(query.interventionId().toString(), InterventionView.class,
                live.active(COLLECTION)));
    }

    @QueryHandler
    InterventionPage handle(FindInterventionsQuery query) {
        String collection = live.active(COLLECTION);
        Criteria criteria = criteria(query.filter());
        if (query.tenant() != null) {
            criteria.and("details.tenant.value").is(query.tenant().value());
        }
        if (query.worker() != null) {
            criteria.and("details.worker.value").is(query.worker().value());
        }
        Query mongoQuery = new Query(criteria);
        long total = Paging.count(mongo, mongoQuery, InterventionView.class, collection);
        mongoQuery.with(Sort.by(Sort.Order.desc("details.date"), Sort.Order.desc("recordedAt"), Sort.Order.asc("_id")));
        List<InterventionView> items = Paging.find(mongo, mongoQuery, query.page(), query.size(),
                InterventionView.class, collection);
        return InterventionPage.of(items, query.page(), query.size(), total);
    }

    /**
     * Referrals without an outcome, oldest first. Flattened and paged here rather than in the store: only the
     * interventions holding an open referral are read, and only the fields the list shows (no notes, no tenant).
     */
    @QueryHandler
    OpenReferralPage handle(FindOpenReferralsQuery query) {
        // the second condition is implied by the first; an index can answer it with the territories
        // (referral_outcome_territory)
        Criteria criteria = Criteria.where("status").is(InterventionStatus.ACTIVE)
                .and("referrals").elemMatch(Criteria.where("outcome").is(null))
                .and("referrals.outcome").is(null);
        if (query.territories() != null) {
            criteria.and("details.territory").in(query.territories());
        }
        Query mongoQuery = new Query(criteria);
        mongoQuery.fields().include("version", "details.date", "details.territory", "details.tenure",
                "details.mode", "referrals");
        List<OpenReferral> open = mongo.find(mongoQuery, OpenReferralSource.class, live.active(COLLECTION)).stream()
                .flatMap(OpenReferralSource::open)
                .sorted(OLDEST_REFERRAL_FIRST)
                .toList();
        int from = (int) Math.min((long) query.page() * query.size(), open.size());
        int to = (int) Math.min((long) from + query.size(), open.size());
        return OpenReferralPage.of(open.subList(from, to), query.page(), query.size(), open.size());
    }

    private static final Comparator<OpenReferral> OLDEST_REFERRAL_FIRST = Comparator
            .comparing((OpenReferral r) -> r.referral().referredOn(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenReferral::interventionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenReferral::interventionId)
            .thenComparing(r -> r.referral().referralId());

    /** The fields of an intervention view the open-referral list reads. */
    record OpenReferralSource(String id, long version, Location details, List<ReferralView> referrals) {

        record Location(LocalDate date, String territory, Tenure tenure, InterventionMode mode) {
        }

        java.util.stream.Stream<OpenReferral> open() {
            return (referrals == null ? List.<ReferralView>of() : referrals).stream()
                    .filter(r -> r.outcome() == null)
                    .map(r -> new OpenReferral(id, details.date(), details.territory(), details.tenure(),
                            details.mode(), version, r));
        }
    }

    /** Applies an event to the stored view unless that view already holds it (a redelivery). */
    private void update(InterventionId id, long sequence, UnaryOperator<InterventionView> change) {
        documents.update(COLLECTION, id.toString(), InterventionView.class, InterventionView::version, sequence,
                change);
    }

    static Criteria criteria(InterventionFilter filter) {
        return FilterCriteria.of(new Criteria(), filter, "details.");
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    @Override
    public Map<String, Class<?>> collections() {
        return Map.of(COLLECTION, InterventionView.class);
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new InterventionDetailsProjection(target);
    }
}
