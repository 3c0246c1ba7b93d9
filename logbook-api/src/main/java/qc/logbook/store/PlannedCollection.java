package qc.logbook.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded read-model store that reads through its {@link OrderedIndex}es, as MongoDB's query
 * planner would: a sorted query reads its documents in index order and stops once its page is full; a query with an
 * equality or {@code $in} on an index's first keys reads only the documents those keys hold; a count of such keys alone
 * is answered from the index. Every document read is still matched against the whole query, so what is answered is
 * what the stock full scan answers (the tests compare both).
 */
final class PlannedCollection extends H2Collection {

    PlannedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                      MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    /**
     * An ordered index created on a collection that already holds documents is filled in its own key order ({@link
     * OrderedIndex#fill}) before mongo-java-server registers it (which fills only an empty index, document by
     * document).
     */
    @Override
    public void addIndex(de.bwaldvogel.mongo.backend.Index<Object> index) {
        boolean known = getIndexes().stream().anyMatch(existing -> existing.getName().equals(index.getName()));
        if (!known && index instanceof OrderedIndex ordered && ordered.isEmpty() && count() > 0) {
            ordered.fill(streamAllDocumentsWithPosition()
                    .map(document -> java.util.Map.entry(document.getDocument(), document.getPosition())));
        }
        super.addIndex(index);
    }

    private List<OrderedIndex> orderedIndexes() {
        return getIndexes().stream().filter(OrderedIndex.class::isInstance).map(OrderedIndex.class::cast).toList();
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        // the index with the longest equality before the sort keys reads the fewest documents; each index's plan is
        // worked out once, not again for every comparison
        OrderedIndex inOrder = null;
        int longest = -1;
        for (OrderedIndex index : orderedIndexes()) {
            Optional<List<Object>> prefix = index.orderedPrefix(query, orderBy);
            if (prefix.isPresent() && prefix.get().size() > longest) {
                inOrder = index;
                longest = prefix.get().size();
            }
        }
        if (inOrder != null) {
            return matchDocumentsFromStream(query, documents(inOrder.ordered(query, orderBy).orElseThrow()),
                    numberToSkip, limit, batchSize, null, fieldSelector);
        }
        if (orderBy == null || orderBy.isEmpty()) {
            // the index whose keys hold the fewest entries for the query's values reads the fewest documents
            OrderedIndex narrowing = null;
            long fewest = Long.MAX_VALUE;
            for (OrderedIndex index : orderedIndexes()) {
                OptionalLong entries = index.candidateCount(query);
                if (entries.isPresent() && entries.getAsLong() < fewest) {
                    narrowing = index;
                    fewest = entries.getAsLong();
                }
            }
            if (narrowing != null) {
                return matchDocumentsFromStream(documents(narrowing.candidates(query).orElseThrow()), query,
                        orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
        }
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    public int count(Document query, int skip, int limit) {
        if (query != null && !query.isEmpty()) {
            long documents = count();
            for (OrderedIndex index : orderedIndexes()) {
                OptionalLong covered = index.coveredCount(query, documents);
                if (covered.isPresent()) {
                    long count = Math.max(0, covered.getAsLong() - Math.max(skip, 0));
                    return (int) (limit > 0 ? Math.min(limit, count) : count);
                }
            }
        }
        return super.count(query, skip, limit);
    }

    private Stream<Document> documents(Stream<Object> positions) {
        return positions.map(this::getDocument).filter(java.util.Objects::nonNull);
    }

    @Override
    protected Document getDocument(Object position) {
        documentsRead.increment();
        return super.getDocument(position);
    }

    /** Documents read by position since this collection was opened: what an index saves is seen here. */
    long documentsRead() {
        return documentsRead.sum();
    }

    private final java.util.concurrent.atomic.LongAdder documentsRead = new java.util.concurrent.atomic.LongAdder();
}
