package qc.logbook.replay;

import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    /** Empty collections with the indexes their document classes declare (a leftover of a failed run is dropped). */
    void create(RebuildableReadModel model, CollectionNames names) {
        model.collections().forEach((logical, type) -> {
            String physical = names.of(logical);
            if (mongo.collectionExists(physical)) {
                mongo.dropCollection(physical);
            }
            mongo.createCollection(physical);
            if (type.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
                indexes.resolveIndexFor(type).forEach(index -> mongo.indexOps(physical).ensureIndex(index));
            }
        });
    }

    void drop(RebuildableReadModel model, CollectionNames names) {
        model.collections().keySet().stream().map(names::of).filter(mongo::collectionExists)
                .forEach(mongo::dropCollection);
    }
}
