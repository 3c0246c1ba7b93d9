package qc.logbook.practice.query;

import static qc.logbook.domain.AuditMetadata.USER_ID;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.practice.api.FindPracticeQuery;
import qc.logbook.practice.api.ListMyPracticesQuery;
import qc.logbook.practice.api.ListPracticesUnderReviewQuery;
import qc.logbook.practice.api.PracticeStatus;
import qc.logbook.practice.api.PracticeDraftUpdatedEvent;
import qc.logbook.practice.api.PracticeDraftedEvent;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.PracticeReturnedForChangesEvent;
import qc.logbook.practice.api.PracticeRevisionStartedEvent;
import qc.logbook.practice.api.PracticeSubmittedEvent;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * Builds {@link PracticeDetailsView}: each practice with its complete form and its revision history. Documents live in
 * the active generation of the read model (see {@link ReadModelGenerations}); a rebuild runs the same handlers on a
 * shadow generation.
 */
@Component
@ProcessingGroup(PracticeDetailsProjection.PROCESSING_GROUP)
public class PracticeDetailsProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "practice-details";
    /** Metadata key of the pseudonymous id of who sent the command (the API's audit metadata). */

    private static final String COLLECTION = PracticeDetailsView.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;

    @Autowired
    public PracticeDetailsProjection(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP);
        this.documents = live;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private PracticeDetailsProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.documents = documents;
    }

    @EventHandler
    void on(PracticeDraftedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        documents.saveIfAbsent(COLLECTION, event.practiceId().toString(), PracticeDetailsView.class,
                () -> PracticeDetailsView.drafted(event, sequence, user));
    }

    @EventHandler
    void on(PracticeDraftUpdatedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        update(event.practiceId(), sequence, v -> v.draftUpdated(event, sequence, user));
    }

    @EventHandler
    void on(PracticeSubmittedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        update(event.practiceId(), sequence, v -> v.submitted(event, sequence, user));
    }

    @EventHandler
    void on(PracticeReturnedForChangesEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        update(event.practiceId(), sequence, v -> v.returnedForChanges(event, sequence, user));
    }

    @EventHandler
    void on(PracticePublishedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        update(event.practiceId(), sequence, v -> v.published(event, sequence, user));
    }

    @EventHandler
    void on(PracticeRevisionStartedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        update(event.practiceId(), sequence, v -> v.revisionStarted(event, sequence, user));
    }

    @EventHandler
    void on(PracticeRetiredEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        update(event.practiceId(), sequence, v -> v.retired(event, sequence, user));
    }

    @ResetHandler
    void reset() {
        live.removeAll(COLLECTION);
    }

    @QueryHandler
    Optional<PracticeDetailsView> handle(FindPracticeQuery query) {
        return Optional.ofNullable(mongo.findById(query.practiceId().toString(), PracticeDetailsView.class,
                live.active(COLLECTION)));
    }

    /** The author's practices: those whose history has them drafting it or opening a revision. */
    @QueryHandler
    List<PracticeDetailsView> handle(ListMyPracticesQuery query) {
        Query authored = new Query(Criteria.where("history").elemMatch(Criteria.where("actor").is(query.userId())
                .and("step").in("DRAFTED", "REVISION_STARTED")));
        return mongo.find(authored, PracticeDetailsView.class, live.active(COLLECTION)).stream()
                .filter(view -> view.openedBy(query.userId()))
                .sorted(Comparator.comparing(PracticeDetailsView::updatedAt,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The reviewers' queue, the longest waiting first. */
    @QueryHandler
    List<PracticeDetailsView> handle(ListPracticesUnderReviewQuery query) {
        Query submitted = new Query(Criteria.where("revisions.status").is(PracticeStatus.SUBMITTED.name()));
        return mongo.find(submitted, PracticeDetailsView.class, live.active(COLLECTION)).stream()
                .filter(PracticeDetailsView::awaitingReview)
                .sorted(Comparator.comparing(view -> view.working().submittedAt(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Applies an event to the stored view unless the view already holds it (a redelivery). */
    private void update(PracticeId id, long sequence, UnaryOperator<PracticeDetailsView> change) {
        documents.update(COLLECTION, id.toString(), PracticeDetailsView.class, PracticeDetailsView::version, sequence,
                change);
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    @Override
    public Map<String, Class<?>> collections() {
        return Map.of(COLLECTION, PracticeDetailsView.class);
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new PracticeDetailsProjection(target);
    }
}
