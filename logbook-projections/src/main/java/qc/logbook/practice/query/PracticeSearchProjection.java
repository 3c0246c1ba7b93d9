package qc.logbook.practice.query;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.logbook.practice.api.PracticePublishedEvent;
import qc.logbook.practice.api.PracticeRetiredEvent;
import qc.logbook.practice.api.SearchPracticesQuery;

/**
 * The search read model: one document per published practice (its published revision only), and the search query
 * over it. MongoDB narrows the candidates with the indexed term array; {@link PracticeSearchEngine} ranks, filters
 * and counts.
 */
@Component
@ProcessingGroup(PracticeSearchProjection.PROCESSING_GROUP)
public class PracticeSearchProjection implements InitializingBean {

    public static final String PROCESSING_GROUP = "practice-search";

    private final MongoTemplate mongo;
    private final PracticeSearchEngine engine = new PracticeSearchEngine();

    public PracticeSearchProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(PracticeSearchDocument.class).ensureIndex(new Index().on("terms", Sort.Direction.ASC));
        mongo.indexOps(PracticeSearchDocument.class).ensureIndex(new Index().on("retired", Sort.Direction.ASC));
    }

    @EventHandler
    void on(PracticePublishedEvent event, @SequenceNumber long sequence) {
        PracticeSearchDocument existing = find(event.practiceId().toString());
        if (PracticeSearchFolding.isNew(existing, sequence)) {
            mongo.save(PracticeSearchFolding.published(event, sequence));
        }
    }

    @EventHandler
    void on(PracticeRetiredEvent event, @SequenceNumber long sequence) {
        PracticeSearchDocument existing = find(event.practiceId().toString());
        if (PracticeSearchFolding.isNew(existing, sequence)) {
            mongo.save(PracticeSearchFolding.retired(existing, event, sequence));
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PracticeSearchDocument.class);
    }

    @QueryHandler
    PracticeSearchResult handle(SearchPracticesQuery query) {
        Query candidates = Query.query(Criteria.where("retired").is(false));
        List<String> terms = SearchText.queryTerms(query.text());
        if (!terms.isEmpty()) {
            candidates.addCriteria(Criteria.where("terms").all(terms));
        }
        return engine.search(mongo.find(candidates, PracticeSearchDocument.class), query);
    }

    private PracticeSearchDocument find(String id) {
        return mongo.findById(id, PracticeSearchDocument.class);
    }
}
