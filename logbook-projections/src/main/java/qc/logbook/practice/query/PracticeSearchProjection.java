package qc.logbook.practice.query;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.readmodel.DocumentStore;
import qc.logbook.readmodel.LiveDocuments;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * The search read model: one document per published practice (its published revision only), and the search query
 * over it. MongoDB narrows the candidates with the indexed term array; {@link PracticeSearchEngine} ranks, filters
 * and counts. Documents live in the active generation of the read model (see {@link ReadModelGenerations}); a rebuild
 * runs the same handlers on a shadow generation.
 */
@Component
@ProcessingGroup(PracticeSearchProjection.PROCESSING_GROUP)
public class PracticeSearchProjection implements RebuildableReadModel, InitializingBean {

    public static final String PROCESSING_GROUP = "practice-search";

    private static final String COLLECTION = PracticeSearchDocument.COLLECTION;

    private final DocumentStore documents;
    private final MongoTemplate mongo;
    private final LiveDocuments live;
    private final PracticeSearchEngine engine = new PracticeSearchEngine();

    @Autowired
    public PracticeSearchProjection(MongoTemplate mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.live = new LiveDocuments(mongo, generations, PROCESSING_GROUP);
        this.documents = live;
    }

    /** Event handlers only, writing elsewhere (a shadow or temporary generation). */
    private PracticeSearchProjection(DocumentStore documents) {
        this.mongo = null;
        this.live = null;
        this.documents = documents;
    }

    /**
     * The active generation's indexes, for a store whose first generation was created before they were declared on
     * {@link PracticeSearchDocument}; rebuilt generations get them from the annotations.
     */
    @Override
    public void afterPropertiesSet() {
        String active = live.active(COLLECTION);
        mongo.indexOps(active).ensureIndex(new Index().on("terms", Sort.Direction.ASC));
        mongo.indexOps(active).ensureIndex(new Index().on("retired", Sort.Direction.ASC));
    }

    @EventHandler
    void on(PracticePublishedEvent event, @SequenceNumber long sequence) {
        PracticeSearchDocument existing = find(event.practiceId().toString());
        if (PracticeSearchFolding.isNew(existing, sequence)) {
            documents.save(COLLECTION, event.practiceId().toString(), PracticeSearchFolding.published(event, sequence));
        }
    }

    @EventHandler
    void on(PracticeRetiredEvent event, @SequenceNumber long sequence) {
        PracticeSearchDocument existing = find(event.practiceId().toString());
        if (PracticeSearchFolding.isNew(existing, sequence)) {
            documents.save(COLLECTION, event.practiceId().toString(),
                    PracticeSearchFolding.retired(existing, event, sequence));
        }
    }

    @ResetHandler
    void reset() {
        live.removeAll(COLLECTION);
    }

    @QueryHandler
    PracticeSearchResult handle(SearchPracticesQuery query) {
        Query candidates = Query.query(Criteria.where("retired").is(false));
        List<String> terms = SearchText.queryTerms(query.text());
        if (!terms.isEmpty()) {
            candidates.addCriteria(Criteria.where("terms").all(terms));
        }
        return engine.search(mongo.find(candidates, PracticeSearchDocument.class, live.active(COLLECTION)), query);
    }

    private PracticeSearchDocument find(String id) {
        return documents.find(COLLECTION, id, PracticeSearchDocument.class);
    }

    @Override
    public String readModelName() {
        return PROCESSING_GROUP;
    }

    /** 2: documents carry the description items, specific projects and impacts that their facets filter on. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public Map<String, Class<?>> collections() {
        return Map.of(COLLECTION, PracticeSearchDocument.class);
    }

    @Override
    public Object eventHandlersWriting(DocumentStore target) {
        return new PracticeSearchProjection(target);
    }
}
