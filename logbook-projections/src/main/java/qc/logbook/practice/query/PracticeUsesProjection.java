package qc.logbook.practice.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.practice.api.FindPracticeUsesQuery;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.ReadModelStoreCommit;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * Where the repository's practices are applied: per intervention, its territory and the practices its collective
 * supports named; the query counts, per practice, the interventions not cancelled by territory. Idempotent (each
 * document guarded by the intervention's last sequence number) and rebuildable like every read model.
 */
@Component
@ProcessingGroup(PracticeUsesProjection.PROCESSING_GROUP)
public class PracticeUsesProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "practice-uses";

    private static final String COLLECTION = PracticeUseDocument.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;

    @Autowired
    public PracticeUsesProjection(MongoTemplate mongo, ReadModelGenerations generations,
                                  ReadModelStoreCommit durable) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, durable, PROCESSING_GROUP);
        this.documents = live;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private PracticeUsesProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.documents = documents;
    }

    @EventHandler
    void on(InterventionRecordedEvent event, @SequenceNumber long sequence) {
        String id = event.interventionId().toString();
        documents.saveIfAbsent(COLLECTION, id, PracticeUseDocument.class,
                () -> new PracticeUseDocument(id, event.details().territory(), Set.of(), false, sequence));
    }

    @EventHandler
    void on(InterventionCorrectedEvent event, @SequenceNumber long sequence) {
        documents.update(COLLECTION, event.interventionId().toString(), PracticeUseDocument.class,
                PracticeUseDocument::lastSequence, sequence, d -> new PracticeUseDocument(d.id(),
                        event.details().territory(), d.practiceIds(), d.cancelled(), sequence));
    }

    @EventHandler
    void on(CollectiveActionSupportedEvent event, @SequenceNumber long sequence) {
        if (event.practiceId() == null) {
            return;
        }
        documents.update(COLLECTION, event.interventionId().toString(), PracticeUseDocument.class,
                PracticeUseDocument::lastSequence, sequence, d -> {
                    Set<String> practices = new HashSet<>(d.practiceIds());
                    practices.add(event.practiceId().toString());
                    return new PracticeUseDocument(d.id(), d.territory(), practices, d.cancelled(), sequence);
                });
    }

    @EventHandler
    void on(InterventionCancelledEvent event, @SequenceNumber long sequence) {
        documents.update(COLLECTION, event.interventionId().toString(), PracticeUseDocument.class,
                PracticeUseDocument::lastSequence, sequence, d -> new PracticeUseDocument(d.id(), d.territory(),
                        d.practiceIds(), true, sequence));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), live.active(COLLECTION));
    }

    @QueryHandler
    PracticeUses handle(FindPracticeUsesQuery query) {
        String practice = query.practiceId().toString();
        List<PracticeUseDocument> uses = mongo.find(Query.query(Criteria.where("practiceIds").is(practice)
                .and("cancelled").is(false)), PracticeUseDocument.class, live.active(COLLECTION));
        return count(practice, uses);
    }

    /** The counts of one practice over the interventions that name it, territories with most uses first. */
    static PracticeUses count(String practice, List<PracticeUseDocument> uses) {
        Map<String, Long> byTerritory = new LinkedHashMap<>();
        long total = 0;
        for (PracticeUseDocument use : uses) {
            if (!use.cancelled() && use.practiceIds().contains(practice)) {
                byTerritory.merge(use.territory() == null ? "" : use.territory(), 1L, Long::sum);
                total++;
            }
        }
        List<PracticeUses.TerritoryUses> territories = byTerritory.entrySet().stream()
                .map(e -> new PracticeUses.TerritoryUses(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.interventions() != b.interventions()
                        ? Long.compare(b.interventions(), a.interventions()) : a.territory().compareTo(b.territory()))
                .toList();
        return new PracticeUses(practice, total, territories);
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    @Override
    public Map<String, Class<?>> collections() {
        return Map.of(COLLECTION, PracticeUseDocument.class);
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new PracticeUsesProjection(target);
    }
}
