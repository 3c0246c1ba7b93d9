package qc.logbook.practice.query;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.practice.api.FindPracticeQuery;
import qc.logbook.practice.api.PracticeDraftUpdatedEvent;
import qc.logbook.practice.api.PracticeDraftedEvent;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.PracticeReturnedForChangesEvent;
import qc.logbook.practice.api.PracticeRevisionStartedEvent;
import qc.logbook.practice.api.PracticeSubmittedEvent;

/** Builds {@link PracticeDetailsView}: each practice with its complete form and its revision history. */
@Component
@ProcessingGroup(PracticeDetailsProjection.PROCESSING_GROUP)
public class PracticeDetailsProjection {

    public static final String PROCESSING_GROUP = "practice-details";
    /** Metadata key of the pseudonymous id of who sent the command (the API's audit metadata). */
    public static final String USER_ID = "userId";

    private final MongoTemplate mongo;

    public PracticeDetailsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PracticeDraftedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(USER_ID) String user) {
        if (mongo.findById(event.practiceId().toString(), PracticeDetailsView.class) == null) {
            mongo.save(PracticeDetailsView.drafted(event, sequence, user));
        }
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
        mongo.remove(new Query(), PracticeDetailsView.class);
    }

    @QueryHandler
    Optional<PracticeDetailsView> handle(FindPracticeQuery query) {
        return Optional.ofNullable(mongo.findById(query.practiceId().toString(), PracticeDetailsView.class));
    }

    /** Applies an event to the stored view unless the view already holds it (a redelivery). */
    private void update(PracticeId id, long sequence, UnaryOperator<PracticeDetailsView> change) {
        PracticeDetailsView current = mongo.findById(id.toString(), PracticeDetailsView.class);
        if (current != null && current.version() < sequence) {
            mongo.save(change.apply(current));
        }
    }
}
