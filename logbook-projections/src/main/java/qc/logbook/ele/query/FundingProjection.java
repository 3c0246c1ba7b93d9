package qc.logbook.ele.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.ele.api.FindFundingMeasureQuery;
import qc.logbook.ele.api.FindFundingMeasuresQuery;
import qc.logbook.ele.api.FindFundingTableQuery;
import qc.logbook.ele.api.FindLocalTeamQuery;
import qc.logbook.ele.api.FindLocalTeamsQuery;
import qc.logbook.ele.api.FindProjectQuery;
import qc.logbook.ele.api.FindProjectsQuery;
import qc.logbook.ele.api.FundingEnvelopeChangedEvent;
import qc.logbook.ele.api.FundingMeasureDefinedEvent;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.api.LocalTeamFormedEvent;
import qc.logbook.ele.api.LocalTeamRevisedEvent;
import qc.logbook.ele.api.Money;
import qc.logbook.ele.api.ProjectCancelledEvent;
import qc.logbook.ele.api.ProjectCompletedEvent;
import qc.logbook.ele.api.ProjectFiguresCorrectedEvent;
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.api.ProjectRevisedEvent;
import qc.logbook.ele.api.ProjectSubmittedEvent;
import qc.logbook.ele.api.ProjectSupportGrantedEvent;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.InMemoryDocuments;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.Paging;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * Builds the funding read model — funding measures, local teams and projects, one collection each — and answers the
 * queries on them, the funding table first. Every write is keyed by aggregate id and guarded by the event's sequence
 * number, so a redelivered event changes nothing. Documents live in the active generation of the read model (see
 * {@link ReadModelGenerations}); a rebuild runs the same handlers on a shadow generation, and the application's funding
 * table "as of" an instant runs them in memory, then asks {@link #table(InMemoryDocuments, FindFundingTableQuery)}.
 */
@Component
@ProcessingGroup(FundingProjection.PROCESSING_GROUP)
public class FundingProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "ele-funding";

    private static final String MEASURES = FundingMeasureView.COLLECTION;
    private static final String TEAMS = LocalTeamView.COLLECTION;
    private static final String PROJECTS = ProjectView.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;

    @Autowired
    public FundingProjection(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP);
        this.documents = live;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private FundingProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.documents = documents;
    }

    @EventHandler
    void on(FundingMeasureDefinedEvent event, @SequenceNumber long sequence) {
        documents.saveIfAbsent(MEASURES, event.measureId().toString(), FundingMeasureView.class,
                () -> FundingMeasureView.defined(event, sequence));
    }

    @EventHandler
    void on(FundingEnvelopeChangedEvent event, @SequenceNumber long sequence) {
        updateMeasure(event.measureId(), sequence, m -> m.envelopeChanged(event, sequence));
    }

    @EventHandler
    void on(LocalTeamFormedEvent event, @SequenceNumber long sequence) {
        documents.saveIfAbsent(TEAMS, event.localTeamId().toString(), LocalTeamView.class,
                () -> LocalTeamView.formed(event, sequence));
    }

    @EventHandler
    void on(LocalTeamRevisedEvent event, @SequenceNumber long sequence) {
        documents.update(TEAMS, event.localTeamId().toString(), LocalTeamView.class, LocalTeamView::version, sequence,
                team -> team.revised(event, sequence));
    }

    @EventHandler
    void on(ProjectSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        documents.saveIfAbsent(PROJECTS, event.projectId().toString(), ProjectView.class,
                () -> ProjectView.submitted(event, sequence, at));
    }

    @EventHandler
    void on(ProjectRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateProject(event.projectId(), sequence, p -> p.revised(event, sequence, at));
    }

    @EventHandler
    void on(ProjectSupportGrantedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateProject(event.projectId(), sequence, p -> p.granted(event, sequence, at));
        updateMeasure(event.measureId(), sequence,
                m -> m.committed(event.projectId().toString(), event.support(), sequence));
    }

    @EventHandler
    void on(ProjectCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateProject(event.projectId(), sequence, p -> p.completed(event, sequence, at));
    }

    @EventHandler
    void on(ProjectCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateProject(event.projectId(), sequence, p -> p.cancelled(event, sequence, at));
        updateMeasure(event.measureId(), sequence,
                m -> m.committed(event.projectId().toString(), Money.ZERO, sequence));
    }

    @EventHandler
    void on(ProjectFiguresCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateProject(event.projectId(), sequence, p -> p.corrected(event, sequence, at));
        updateMeasure(event.measureId(), sequence,
                m -> m.committed(event.projectId().toString(), event.support(), sequence));
    }

    @ResetHandler
    void reset() {
        live.removeAll(MEASURES);
        live.removeAll(TEAMS);
        live.removeAll(PROJECTS);
    }

    @QueryHandler
    List<FundingMeasureView> handle(FindFundingMeasuresQuery query) {
        return mongo.find(new Query().with(Sort.by("firstYear", "lastYear", "name", "_id")), FundingMeasureView.class,
                live.active(MEASURES));
    }

    @QueryHandler
    Optional<FundingMeasureView> handle(FindFundingMeasureQuery query) {
        return Optional.ofNullable(mongo.findById(query.measureId().toString(), FundingMeasureView.class,
                live.active(MEASURES)));
    }

    @QueryHandler
    LocalTeamPage handle(FindLocalTeamsQuery query) {
        String collection = live.active(TEAMS);
        Query mongoQuery = new Query();
        if (query.territories() != null) {
            mongoQuery.addCriteria(Criteria.where("territory").in(query.territories()));
        }
        long total = mongo.count(mongoQuery, LocalTeamView.class, collection);
        mongoQuery.with(Sort.by("territory", "name", "_id"));
        return new LocalTeamPage(Paging.find(mongo, mongoQuery, query.page(), query.size(), LocalTeamView.class,
                collection), query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<LocalTeamView> handle(FindLocalTeamQuery query) {
        return Optional.ofNullable(mongo.findById(query.localTeamId().toString(), LocalTeamView.class,
                live.active(TEAMS)));
    }

    @QueryHandler
    ProjectPage handle(FindProjectsQuery query) {
        String collection = live.active(PROJECTS);
        Query mongoQuery = new Query();
        if (query.measureId() != null) {
            mongoQuery.addCriteria(Criteria.where("measureId").is(query.measureId().toString()));
        }
        if (query.territories() != null) {
            mongoQuery.addCriteria(Criteria.where("territories").in(query.territories()));
        }
        if (query.localTeamId() != null) {
            mongoQuery.addCriteria(Criteria.where("localTeamId").is(query.localTeamId().toString()));
        }
        long total = mongo.count(mongoQuery, ProjectView.class, collection);
        mongoQuery.with(Sort.by("title", "_id"));
        return new ProjectPage(Paging.find(mongo, mongoQuery, query.page(), query.size(), ProjectView.class,
                collection), query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery query) {
        return Optional.ofNullable(mongo.findById(query.projectId().toString(), ProjectView.class,
                live.active(PROJECTS)));
    }

    /**
     * The table from the live read model ({@code asOf} is not read here: the application's query handler answers "as
     * of" an instant with {@link #table(InMemoryDocuments, FindFundingTableQuery)}).
     */
    public FundingTable table(FindFundingTableQuery query) {
        Query projects = new Query();
        if (query.measureId() != null) {
            projects.addCriteria(Criteria.where("measureId").is(query.measureId().toString()));
        }
        if (query.territories() != null) {
            projects.addCriteria(Criteria.where("territories").in(query.territories()));
        }
        return FundingTableCalculator.compute(mongo.findAll(FundingMeasureView.class, live.active(MEASURES)),
                mongo.findAll(LocalTeamView.class, live.active(TEAMS)),
                mongo.find(projects, ProjectView.class, live.active(PROJECTS)), query.territories());
    }

    /**
     * The table from documents folded in memory by {@link #eventHandlersWriting} (the read model "as of" an instant),
     * with the same project selection as the live table: the measure, and any of the territories.
     */
    public FundingTable table(InMemoryDocuments documents, FindFundingTableQuery query) {
        List<ProjectView> projects = documents.collection(PROJECTS).values().stream()
                .map(ProjectView.class::cast)
                .filter(p -> query.measureId() == null || query.measureId().toString().equals(p.measureId()))
                .filter(p -> query.territories() == null || p.territories() != null
                        && p.territories().stream().anyMatch(query.territories()::contains))
                .toList();
        return FundingTableCalculator.compute(
                documents.collection(MEASURES).values().stream().map(FundingMeasureView.class::cast).toList(),
                documents.collection(TEAMS).values().stream().map(LocalTeamView.class::cast).toList(),
                projects, query.territories());
    }

    private void updateProject(ProjectId id, long sequence, UnaryOperator<ProjectView> change) {
        documents.update(PROJECTS, id.toString(), ProjectView.class, ProjectView::version, sequence, change);
    }

    private void updateMeasure(FundingMeasureId id, long sequence, UnaryOperator<FundingMeasureView> change) {
        documents.update(MEASURES, id.toString(), FundingMeasureView.class, FundingMeasureView::version, sequence,
                change);
    }

    /** 2: projects keep the practice they apply and their timeline. */
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
        Map<String, Class<?>> collections = new LinkedHashMap<>();
        collections.put(MEASURES, FundingMeasureView.class);
        collections.put(TEAMS, LocalTeamView.class);
        collections.put(PROJECTS, ProjectView.class);
        return collections;
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new FundingProjection(target);
    }
}
