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
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectDetails;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.intervention.api.CollectiveActionSupportedEvent;
import qc.logbook.intervention.api.InterventionCancelledEvent;
import qc.logbook.intervention.api.InterventionCorrectedEvent;
import qc.logbook.intervention.api.InterventionRecordedEvent;
import qc.logbook.practice.api.FindPracticeUsesQuery;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * Where the repository's practices are applied: per intervention, its territory and the practices its collective
 * supports named; per ÉLÉ project, its territories and the practice it names. The query counts, per practice, the
 * interventions and the projects not cancelled, by territory. Idempotent (each document guarded by the last sequence
 * number of its aggregate: the intervention, or the funding measure holding the project) and rebuildable like every
 * read model.
 */
@Component
@ProcessingGroup(PracticeUsesProjection.PROCESSING_GROUP)
public class PracticeUsesProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "practice-uses";

    private static final String COLLECTION = PracticeUseDocument.COLLECTION;
    private static final String PROJECTS = ProjectPracticeUseDocument.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;

    @Autowired
    public PracticeUsesProjection(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP)
                .keyedByAggregate(COLLECTION, Set.of(InterventionRecordedEvent.class, InterventionCorrectedEvent.class,
                        CollectiveActionSupportedEvent.class, InterventionCancelledEvent.class));
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

    @EventHandler
    void on(ProjectSubmittedEvent event, @SequenceNumber long sequence) {
        String id = event.projectId().toString();
        documents.saveIfAbsent(PROJECTS, id, ProjectPracticeUseDocument.class,
                () -> project(id, event.details(), false, sequence));
    }

    @EventHandler
    void on(ProjectRevisedEvent event, @SequenceNumber long sequence) {
        describe(event.projectId().toString(), event.details(), sequence);
    }

    @EventHandler
    void on(ProjectFiguresCorrectedEvent event, @SequenceNumber long sequence) {
        describe(event.projectId().toString(), event.details(), sequence);
    }

    @EventHandler
    void on(ProjectCancelledEvent event, @SequenceNumber long sequence) {
        documents.update(PROJECTS, event.projectId().toString(), ProjectPracticeUseDocument.class,
                ProjectPracticeUseDocument::lastSequence, sequence, d -> new ProjectPracticeUseDocument(d.id(),
                        d.territories(), d.practiceId(), true, sequence));
    }

    private void describe(String id, ProjectDetails details, long sequence) {
        documents.update(PROJECTS, id, ProjectPracticeUseDocument.class, ProjectPracticeUseDocument::lastSequence,
                sequence, d -> project(id, details, d.cancelled(), sequence));
    }

    private static ProjectPracticeUseDocument project(String id, ProjectDetails details, boolean cancelled,
                                                      long sequence) {
        return new ProjectPracticeUseDocument(id, details.territories(),
                details.practiceId() == null ? null : details.practiceId().toString(), cancelled, sequence);
    }

    @ResetHandler
    void reset() {
        live.removeAll(COLLECTION);
        live.removeAll(PROJECTS);
    }

    @QueryHandler
    PracticeUses handle(FindPracticeUsesQuery query) {
        String practice = query.practiceId().toString();
        List<PracticeUseDocument> uses = mongo.find(Query.query(Criteria.where("practiceIds").is(practice)
                .and("cancelled").is(false)), PracticeUseDocument.class, live.active(COLLECTION));
        List<ProjectPracticeUseDocument> projects = mongo.find(Query.query(Criteria.where("practiceId").is(practice)
                .and("cancelled").is(false)), ProjectPracticeUseDocument.class, live.active(PROJECTS));
        return count(practice, uses, projects);
    }

    /**
     * The counts of one practice over the interventions and the projects that name it, territories with most uses
     * (interventions and projects together) first. A project counts once under each of its territories.
     */
    static PracticeUses count(String practice, List<PracticeUseDocument> uses,
                              List<ProjectPracticeUseDocument> projects) {
        Map<String, long[]> byTerritory = new LinkedHashMap<>();
        long interventions = 0;
        for (PracticeUseDocument use : uses) {
            if (!use.cancelled() && use.practiceIds().contains(practice)) {
                byTerritory.computeIfAbsent(use.territory() == null ? "" : use.territory(), t -> new long[2])[0]++;
                interventions++;
            }
        }
        long projectCount = 0;
        for (ProjectPracticeUseDocument project : projects) {
            if (!project.cancelled() && practice.equals(project.practiceId())) {
                project.territories().forEach(t -> byTerritory.computeIfAbsent(t, k -> new long[2])[1]++);
                projectCount++;
            }
        }
        List<PracticeUses.TerritoryUses> territories = byTerritory.entrySet().stream()
                .map(e -> new PracticeUses.TerritoryUses(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted((a, b) -> {
                    long left = a.interventions() + a.projects();
                    long right = b.interventions() + b.projects();
                    return left != right ? Long.compare(right, left) : a.territory().compareTo(b.territory());
                })
                .toList();
        return new PracticeUses(practice, interventions, projectCount, territories);
    }

    /** 2: ÉLÉ projects count too. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    @Override
    public Map<String, Class<?>> collections() {
        return Map.of(COLLECTION, PracticeUseDocument.class, PROJECTS, ProjectPracticeUseDocument.class);
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new PracticeUsesProjection(target);
    }
}
