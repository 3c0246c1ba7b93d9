package qc.logbook.readmodel;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of a read-model query. The MongoDB driver takes the number of documents to skip as a 32-bit int: Spring
 * Data narrows the long it is given, so page × size past 2^31 wrapped around (page 214,748,365 of 20 answered with
 * the documents of page 0). A page that far cannot hold anything: it is answered empty without asking the store.
 */
public final class Paging {

    private Paging() {
    }

    /** Whether the first document of the page lies beyond what a store query can skip to. */
    public static boolean beyondReach(int page, int size) {
        return (long) page * size > Integer.MAX_VALUE;
    }

    /**
     * The number of documents a query matches, with MongoDB's {@code count} command rather than the driver's {@code
     * countDocuments} (an aggregation): both count exactly with a filter, and the embedded store answers the command
     * from an index when the query names only indexed keys, where an aggregation reads every document.
     */
    public static long count(MongoOperations mongo, Query query, Class<?> type, String collection) {
        MongoConverter converter = mongo.getConverter();
        Document filter = new QueryMapper(converter).getMappedObject(query.getQueryObject(),
                converter.getMappingContext().getPersistentEntity(type));
        Document answer = mongo.executeCommand(new Document("count", collection).append("query", filter));
        return ((Number) answer.get("n")).longValue();
    }

    /** The documents of page {@code page} (from 0) of {@code size}, in the query's sort order. */
    public static <T> List<T> find(MongoOperations mongo, Query query, int page, int size, Class<T> type,
                                   String collection) {
        if (beyondReach(page, size)) {
            return List.of();
        }
        return mongo.find(query.skip((long) page * size).limit(size), type, collection);
    }
}
