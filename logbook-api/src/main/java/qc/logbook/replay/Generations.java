package qc.logbook.replay;

import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.stereotype.Component;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.RebuildableReadModel;

/** Creates and drops the physical collections of a read model's generation. */
@Component
class Generations {

    private final MongoTemplate mongo;
    private final IndexResolver indexes;

    Generations(MongoTemplate mongo) {
        this.mongo = mongo;
        @SuppressWarnings("unchecked")
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> context =
                (MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty>)
                        mongo.getConverter().getMappingContext();
        this.indexes = new MongoPersistentEntityIndexResolver(context);
    }

    /**
     * Empty collections for a generation (a leftover of a failed run is dropped), with only their unique indexes: a
     * rebuild reads its shadow collections by {@code _id} alone, so the other indexes are built once the history is
     * folded ({@link #index}) instead of being kept in step with every bulk write of the fold.
     */
    void create(RebuildableReadModel model, CollectionNames names) {
        model.collections().forEach((logical, type) -> {
            String physical = names.of(logical);
            if (mongo.collectionExists(physical)) {
                mongo.dropCollection(physical);
            }
            mongo.createCollection(physical);
            declaredIndexes(type).filter(Generations::unique)
                    .forEach(index -> mongo.indexOps(physical).ensureIndex(index));
        });
    }

    /** Every index the document classes declare, built from the documents the collections hold. */
    void index(RebuildableReadModel model, CollectionNames names) {
        model.collections().forEach((logical, type) -> declaredIndexes(type)
                .forEach(index -> mongo.indexOps(names.of(logical)).ensureIndex(index)));
    }

    private Stream<IndexDefinition> declaredIndexes(Class<?> type) {
        if (!type.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
            return Stream.empty();
        }
        return StreamSupport.stream(indexes.resolveIndexFor(type).spliterator(), false).map(IndexDefinition.class::cast);
    }

    private static boolean unique(IndexDefinition index) {
        return Boolean.TRUE.equals(index.getIndexOptions().get("unique"));
    }

    void drop(RebuildableReadModel model, CollectionNames names) {
        model.collections().keySet().stream().map(names::of).filter(mongo::collectionExists)
                .forEach(mongo::dropCollection);
    }
}
