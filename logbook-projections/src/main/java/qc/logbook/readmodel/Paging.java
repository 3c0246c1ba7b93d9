package qc.logbook.readmodel;

import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
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

    /** The documents of page {@code page} (from 0) of {@code size}, in the query's sort order. */
    public static <T> List<T> find(MongoOperations mongo, Query query, int page, int size, Class<T> type,
                                   String collection) {
        if (beyondReach(page, size)) {
            return List.of();
        }
        return mongo.find(query.skip((long) page * size).limit(size), type, collection);
    }
}
