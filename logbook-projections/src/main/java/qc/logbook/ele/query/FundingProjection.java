package qc.logbook.ele.query;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
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

/**
 * Builds the funding read model — funding measures, local teams and projects, one collection each — and answers the
 * queries on them, the funding table first. Every write is keyed by aggregate id and guarded by the event's sequence
 * number, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(FundingProjection.PROCESSING_GROUP)
public class FundingProjection {

    public static final String PROCESSING_GROUP = "ele-funding";

    private final MongoTemplate mongo;

    public FundingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FundingMeasureDefinedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.measureId().toString(), FundingMeasureView.class) == null) {
            mongo.save(FundingMeasureView.defined(event, sequence));
        }
    }

    @EventHandler
    void on(FundingEnvelopeChangedEvent event, @SequenceNumber long sequence) {
        updateMeasure(event.measureId(), sequence, m -> m.envelopeChanged(event, sequence));
    }

    @EventHandler
    void on(LocalTeamFormedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.localTeamId().toString(), LocalTeamView.class) == null) {
            mongo.save(LocalTeamView.formed(event, sequence));
        }
    }

    @EventHandler
    void on(LocalTeamRevisedEvent event, @SequenceNumber long sequence) {
        LocalTeamView current = mongo.findById(event.localTeamId().toString(), LocalTeamView.class);
        if (current != null && current.version() < sequence) {
            mongo.save(current.revised(event, sequence));
        }
    }

    @EventHandler
    void on(ProjectSubmittedEvent event, @SequenceNumber long sequence) {
        if (mongo.findById(event.projectId().toString(), ProjectView.class) == null) {
            mongo.save(ProjectView.submitted(event, sequence));
        }
    }

    @EventHandler
    void on(ProjectRevisedEvent event, @SequenceNumber long sequence) {
        updateProject(event.projectId(), sequence, p -> p.revised(event, sequence));
    }

    @EventHandler
    void on(ProjectSupportGrantedEvent event, @SequenceNumber long sequence) {
        updateProject(event.projectId(), sequence, p -> p.granted(event, sequence));
        updateMeasure(event.measureId(), sequence,
                m -> m.committed(event.projectId().toString(), event.support(), sequence));
    }

    @EventHandler
    void on(ProjectCompletedEvent event, @SequenceNumber long sequence) {
        updateProject(event.projectId(), sequence, p -> p.completed(event, sequence));
    }

    @EventHandler
    void on(ProjectCancelledEvent event, @SequenceNumber long sequence) {
        updateProject(event.projectId(), sequence, p -> p.cancelled(event, sequence));
        updateMeasure(event.measureId(), sequence,
                m -> m.committed(event.projectId().toString(), Money.ZERO, sequence));
    }

    @EventHandler
    void on(ProjectFiguresCorrectedEvent event, @SequenceNumber long sequence) {
        updateProject(event.projectId(), sequence, p -> p.corrected(event, sequence));
        updateMeasure(event.measureId(), sequence,
                m -> m.committed(event.projectId().toString(), event.support(), sequence));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), FundingMeasureView.class);
        mongo.remove(new Query(), LocalTeamView.class);
        mongo.remove(new Query(), ProjectView.class);
    }

    @QueryHandler
    List<FundingMeasureView> handle(FindFundingMeasuresQuery query) {
        return mongo.find(new Query().with(Sort.by("firstYear", "lastYear", "name", "_id")), FundingMeasureView.class);
    }

    @QueryHandler
    Optional<FundingMeasureView> handle(FindFundingMeasureQuery query) {
        return Optional.ofNullable(mongo.findById(query.measureId().toString(), FundingMeasureView.class));
    }

    @QueryHandler
    LocalTeamPage handle(FindLocalTeamsQuery query) {
        Query mongoQuery = new Query();
        if (query.territories() != null) {
            mongoQuery.addCriteria(Criteria.where("territory").in(query.territories()));
        }
        long total = mongo.count(mongoQuery, LocalTeamView.class);
        mongoQuery.with(Sort.by("territory", "name", "_id")).skip((long) query.page() * query.size())
                .limit(query.size());
        return new LocalTeamPage(mongo.find(mongoQuery, LocalTeamView.class), query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<LocalTeamView> handle(FindLocalTeamQuery query) {
        return Optional.ofNullable(mongo.findById(query.localTeamId().toString(), LocalTeamView.class));
    }

    @QueryHandler
    ProjectPage handle(FindProjectsQuery query) {
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
        long total = mongo.count(mongoQuery, ProjectView.class);
        mongoQuery.with(Sort.by("title", "_id")).skip((long) query.page() * query.size()).limit(query.size());
        return new ProjectPage(mongo.find(mongoQuery, ProjectView.class), query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<ProjectView> handle(FindProjectQuery query) {
        return Optional.ofNullable(mongo.findById(query.projectId().toString(), ProjectView.class));
    }

    @QueryHandler
    FundingTable handle(FindFundingTableQuery query) {
        Query projects = new Query();
        if (query.measureId() != null) {
            projects.addCriteria(Criteria.where("measureId").is(query.measureId().toString()));
        }
        if (query.territories() != null) {
            projects.addCriteria(Criteria.where("territories").in(query.territories()));
        }
        return FundingTableCalculator.compute(mongo.findAll(FundingMeasureView.class),
                mongo.findAll(LocalTeamView.class), mongo.find(projects, ProjectView.class), query.territories());
    }

    private void updateProject(ProjectId id, long sequence, UnaryOperator<ProjectView> change) {
        ProjectView current = mongo.findById(id.toString(), ProjectView.class);
        if (current != null && current.version() < sequence) {
            mongo.save(change.apply(current));
        }
    }

    private void updateMeasure(FundingMeasureId id, long sequence, UnaryOperator<FundingMeasureView> change) {
        FundingMeasureView current = mongo.findById(id.toString(), FundingMeasureView.class);
        if (current != null && current.version() < sequence) {
            mongo.save(change.apply(current));
        }
    }
}
