package qc.logbook.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * A secondary (non-unique) index of the embedded read-model store, kept in key order, as MongoDB keeps its indexes.
 *
 * <p>mongo-java-server ignores secondary indexes: every query that is not an equality on a unique key scans and decodes
 * the whole collection, and a sorted page sorts all of it. With 100,000 interventions a page of the list took seconds.
 * This index keeps one entry per document (per array element for an array field), made of the indexed values in the
 * index's directions followed by the document's position, so that {@link PlannedCollection} can
 * <ul>
 *   <li>read documents in the order a query sorts by, after an equality on the leading keys, and stop once the page is
 *   full ({@link #ordered});</li>
 *   <li>read only the documents an equality or {@code $in} on the leading keys, and a range on the next key, can
 *   match ({@link #candidates});</li>
 *   <li>count a query that names nothing but those keys from the entries alone ({@link #coveredCount}), in
 *   logarithmic time, since H2's maps know the rank of a key.</li>
 * </ul>
 * Candidates are always matched against the whole query afterwards: the index only narrows and orders what is read.
 */
final class OrderedIndex extends Index<Object> {

    static final String MAP = "._ordered_index_";
    private static final String ID = "_id";
    private static final int MOST_PREFIXES = 1_000;

    private final MVMap<KeyValue, Boolean> map;

    OrderedIndex(MVMap<KeyValue, Boolean> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** The order of this index's entries: each indexed key in its direction, then the position, ascending. */
    static Order order(List<IndexKey> keys) {
        boolean[] ascending = new boolean[keys.size()];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = keys.get(i).isAscending();
        }
        return new Order(ascending);
    }

    private List<KeyValue> entries(Document document, Object position) {
        List<KeyValue> entries = new ArrayList<>();
        for (KeyValue values : getKeyValues(document)) {
            if (isSparse() && values.stream().allMatch(v -> v == null)) {
                continue;
            }
            List<Object> entry = new ArrayList<>(values.size() + 1);
            values.forEach(entry::add);
            entry.add(position);
            entries.add(new KeyValue(entry));
        }
        return entries;
    }

    private static Object positionOf(Document document) {
        return Utils.getSubdocumentValue(document, ID);
    }

    @Override
    public Object getPosition(Document document) {
        return null; // not a unique index: the _id index gives positions
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // nothing to refuse: keys may repeat
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue entry : entries(document, position)) {
            map.put(entry, Boolean.TRUE);
        }
    }

    /**
     * Fills an empty index from the documents a collection holds, its entries written in the map's own order. Added
     * document by document, in the order of the documents' positions, the entries land all over the map: every page
     * of it is dirty again between two of H2's commits (every 19 MB of changes or so), and each commit writes every
     * dirty page anew, so building the interventions' indexes after a rebuild of 550,000 of them grew the file by
     * tens of gigabytes. Written in order, only the pages at the map's right edge change, and each is written about
     * once.
     */
    synchronized void fill(java.util.stream.Stream<? extends java.util.Map.Entry<Document, Object>> documents) {
        List<KeyValue> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(entries(document.getKey(), document.getValue())));
        all.sort(map.getKeyType()::compare);
        for (KeyValue entry : all) {
            map.put(entry, Boolean.TRUE);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        for (KeyValue entry : entries(document, position)) {
            map.remove(entry);
        }
        return Missing.ofNullable(position);
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // nothing to refuse
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (nullAwareEqualsKeys(oldDocument, newDocument)) {
            return;
        }
        for (KeyValue entry : entries(oldDocument, position)) {
            map.remove(entry);
        }
        add(newDocument, position, collection);
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // the stock query path is left as it is; PlannedCollection asks this index itself
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("read through PlannedCollection");
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        // the database removes the map
    }

    /**
     * Positions of the documents the query may match, in the order {@code orderBy} asks for, or nothing when this
     * index cannot give that order: its keys must be an equality of the query on its first keys (any number, even
     * none), then the sort keys, all in the index's directions or all in the opposite ones. A range of the query on
     * the first sort key bounds the entries read.
     */
    Optional<Stream<Object>> ordered(Document query, Document orderBy) {
        return orderedPrefix(query, orderBy).map(prefix -> {
            // a range on the first sort key (a period) starts and ends the reading
            Range range = rangeAfter(query, prefix.size());
            return positions(range(prefix, range.lower, range.upper, reversed(orderBy))).distinct();
        });
    }

    /**
     * The normalised values of the equality the query puts on this index's first keys, when this index can read the
     * query's documents in the order {@code orderBy} asks for; the longer, the fewer documents read.
     */
    Optional<List<Object>> orderedPrefix(Document query, Document orderBy) {
        if (orderBy == null || orderBy.isEmpty() || orderBy.containsKey("$natural")) {
            return Optional.empty();
        }
        Document flat = flattened(query);
        query = flat == null ? new Document() : flat;
        List<IndexKey> keys = getKeys();
        List<Object> prefix = new ArrayList<>();
        while (prefix.size() < keys.size() && !orderBy.containsKey(keys.get(prefix.size()).getKey())) {
            String key = keys.get(prefix.size()).getKey();
            Optional<List<Object>> value = equality(query.get(key), query.containsKey(key));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            prefix.addAll(value.get());
        }
        if (prefix.size() + orderBy.size() > keys.size()) {
            return Optional.empty();
        }
        Boolean reverse = null;
        int i = prefix.size();
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            IndexKey key = keys.get(i++);
            if (!key.getKey().equals(sort.getKey()) || !(sort.getValue() instanceof Number direction)) {
                return Optional.empty();
            }
            boolean same = key.isAscending() == (direction.doubleValue() > 0);
            if (reverse == null) {
                reverse = !same;
            } else if (reverse == same) {
                return Optional.empty();
            }
        }
        return Optional.of(normalized(prefix));
    }

    /** Whether {@code orderBy}, which {@link #orderedPrefix} accepted, reads this index backwards. */
    private boolean reversed(Document orderBy) {
        Map.Entry<String, Object> first = orderBy.entrySet().iterator().next();
        IndexKey key = getKeys().stream().filter(k -> k.getKey().equals(first.getKey())).findFirst().orElseThrow();
        return key.isAscending() != (((Number) first.getValue()).doubleValue() > 0);
    }

    /**
     * How many entries {@link #candidates} would read for the query (before its range), counted from the index in
     * logarithmic time per prefix; empty when the query names none of this index's first keys.
     */
    OptionalLong candidateCount(Document query) {
        Optional<List<KeyValue>> prefixes = prefixes(query);
        if (prefixes.isEmpty()) {
            return OptionalLong.empty();
        }
        long count = 0;
        for (KeyValue prefix : prefixes.get()) {
            count += rank(upperBound(prefix)) - rank(prefix);
        }
        return OptionalLong.of(count);
    }

    /**
     * Positions of the documents the query may match, in no useful order, or nothing when the query names none of this
     * index's first keys with an equality or {@code $in}. A range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte},
     * at the top of the query or in its {@code $and}) on the key after them narrows each prefix.
     */
    Optional<Stream<Object>> candidates(Document query) {
        Optional<List<KeyValue>> prefixes = prefixes(query);
        if (prefixes.isEmpty()) {
            return Optional.empty();
        }
        Range range = rangeAfter(query, prefixes.get().get(0).size());
        return Optional.of(prefixes.get().stream()
                .flatMap(prefix -> positions(range(prefix.stream().toList(), range.lower, range.upper, false)))
                .distinct());
    }

    /**
     * The number of documents the query matches, from this index's entries alone, when the query names only this
     * index's first keys (equalities or {@code $in}), possibly with an inclusive range on the key after them, and each
     * document has exactly one entry ({@code documents} is
     * the collection's count: an array field or a sparse index would make them differ).
     */
    OptionalLong coveredCount(Document query, long documents) {
        if (map.sizeAsLong() != documents) {
            return OptionalLong.empty();
        }
        Document flat = flattened(query);
        Optional<List<KeyValue>> prefixes = prefixes(query);
        if (flat == null || prefixes.isEmpty()) {
            return OptionalLong.empty();
        }
        int length = prefixes.get().get(0).size();
        if (length == flat.size()) {
            return candidateCount(query);
        }
        // or those keys and an inclusive range ($gte, $lte) on the key after them: a period
        if (length + 1 != flat.size() || length >= getKeys().size()) {
            return OptionalLong.empty();
        }
        IndexKey next = getKeys().get(length);
        if (!(flat.get(next.getKey()) instanceof Document condition) || condition.isEmpty()
                || !List.of("$gte", "$lte").containsAll(condition.keySet())
                || condition.values().stream().anyMatch(java.util.Objects::isNull)) {
            return OptionalLong.empty();
        }
        Object low = condition.containsKey("$gte") ? normalized(condition.get("$gte")) : null;
        Object high = condition.containsKey("$lte") ? normalized(condition.get("$lte")) : null;
        Object first = next.isAscending() ? low : high;
        Object last = next.isAscending() ? high : low;
        long count = 0;
        for (KeyValue prefix : prefixes.get()) {
            KeyValue from = first == null ? prefix : append(prefix, first);
            KeyValue to = upperBound(last == null ? prefix : append(prefix, last));
            count += Math.max(0, rank(to) - rank(from));
        }
        return OptionalLong.of(count);
    }

    /**
     * The query with the clauses of its top-level {@code $and} lifted beside its other keys (a driver's {@code
     * Filters.and} writes every condition there), or {@code null} when a key would be given twice.
     */
    static Document flattened(Document query) {
        if (!(query.get("$and") instanceof Collection<?> clauses)) {
            return query;
        }
        Document flat = new Document();
        query.forEach((key, value) -> {
            if (!"$and".equals(key)) {
                flat.put(key, value);
            }
        });
        for (Object clause : clauses) {
            if (!(clause instanceof Document conditions)) {
                return null;
            }
            for (Map.Entry<String, Object> condition : conditions.entrySet()) {
                if (flat.containsKey(condition.getKey())) {
                    return null;
                }
                flat.put(condition.getKey(), condition.getValue());
            }
        }
        return flattened(flat);
    }

    /** Every combination of the query's values for this index's leading keys, as long as each is known. */
    private Optional<List<KeyValue>> prefixes(Document query) {
        query = flattened(query);
        if (query == null) {
            return Optional.empty();
        }
        List<List<Object>> prefixes = new ArrayList<>();
        prefixes.add(List.of());
        for (IndexKey key : getKeys()) {
            Optional<List<Object>> values = values(query.get(key.getKey()), query.containsKey(key.getKey()));
            if (values.isEmpty()) {
                break;
            }
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object value : values.get()) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(value);
                    longer.add(next);
                }
            }
            if (longer.size() > MOST_PREFIXES) {
                break;
            }
            prefixes = longer;
        }
        if (prefixes.get(0).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prefixes.stream().map(p -> new KeyValue(normalized(p))).toList());
    }

    /**
     * A plain value the query asks a key to equal (no operator, no array, no pattern), as a list of one, since it may
     * be {@code null}: a query's null matches a missing field, which the index stores as null.
     */
    private static Optional<List<Object>> equality(Object value, boolean present) {
        if (!present || value instanceof Document || value instanceof Map || value instanceof Collection
                || value instanceof Pattern || value instanceof de.bwaldvogel.mongo.bson.BsonRegularExpression) {
            return Optional.empty();
        }
        return Optional.of(java.util.Collections.singletonList(value));
    }

    /** The values a key may take: one equality, or the members of an {@code $in} of plain values. */
    private static Optional<List<Object>> values(Object value, boolean present) {
        if (value instanceof Document condition && condition.size() == 1
                && condition.get("$in") instanceof Collection<?> members) {
            List<Object> values = new ArrayList<>();
            for (Object member : members) {
                Optional<List<Object>> one = equality(member, true);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                values.addAll(one.get());
            }
            return values.isEmpty() ? Optional.empty() : Optional.of(values);
        }
        return equality(value, present);
    }

    private record Range(Object lower, Object upper) {
    }

    /** The range the query puts on the key after a prefix of {@code length} keys, in this index's direction. */
    private Range rangeAfter(Document query, int length) {
        if (length >= getKeys().size()) {
            return new Range(null, null);
        }
        IndexKey key = getKeys().get(length);
        List<Document> conditions = new ArrayList<>();
        if (query.get(key.getKey()) instanceof Document top) {
            conditions.add(top);
        }
        if (query.get("$and") instanceof Collection<?> all) {
            for (Object part : all) {
                if (part instanceof Document clause && clause.size() == 1
                        && clause.get(key.getKey()) instanceof Document condition) {
                    conditions.add(condition);
                }
            }
        }
        Object low = null;
        Object high = null;
        for (Document condition : conditions) {
            for (String operator : List.of("$gt", "$gte")) {
                if (condition.containsKey(operator) && condition.get(operator) != null) {
                    low = normalized(condition.get(operator));
                }
            }
            for (String operator : List.of("$lt", "$lte")) {
                if (condition.containsKey(operator) && condition.get(operator) != null) {
                    high = normalized(condition.get(operator));
                }
            }
        }
        // inclusive bounds: $gt and $lt read one value too many, which the match afterwards leaves out
        return key.isAscending() ? new Range(low, high) : new Range(high, low);
    }

    /**
     * Entries with the given prefix (possibly empty), optionally from {@code lower} to {@code upper} (inclusive, in
     * this index's order) on the key after it, forwards or backwards.
     */
    private Iterator<KeyValue> range(List<Object> prefix, Object lower, Object upper, boolean reverse) {
        KeyValue from = lower == null ? (prefix.isEmpty() ? null : new KeyValue(prefix)) : append(prefix, lower);
        KeyValue to = upper == null ? (prefix.isEmpty() ? null : upperBound(new KeyValue(prefix)))
                : upperBound(append(prefix, upper));
        Iterator<KeyValue> keys = reverse ? map.keyIteratorReverse(to) : map.keyIterator(from);
        org.h2.mvstore.type.DataType<KeyValue> order = map.getKeyType();
        return new Iterator<>() {
            private KeyValue next = advance();

            private KeyValue advance() {
                if (!keys.hasNext()) {
                    return null;
                }
                KeyValue key = keys.next();
                boolean inside = reverse ? from == null || order.compare(key, from) >= 0
                        : to == null || order.compare(key, to) <= 0;
                return inside ? key : null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public KeyValue next() {
                KeyValue current = next;
                next = advance();
                return current;
            }
        };
    }

    private static List<Object> normalized(List<Object> values) {
        List<Object> normalized = new ArrayList<>(values.size());
        for (Object value : values) {
            normalized.add(normalized(value));
        }
        return normalized;
    }

    private static Object normalized(Object value) {
        if (value == null) {
            return null;
        }
        return new KeyValue(java.util.Collections.singletonList(value)).normalized().get(0);
    }

    private static Stream<Object> positions(Iterator<KeyValue> entries) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
                .map(entry -> entry.get(entry.size() - 1));
    }

    private static KeyValue append(Iterable<Object> prefix, Object value) {
        List<Object> values = new ArrayList<>();
        prefix.forEach(values::add);
        values.add(value);
        return new KeyValue(values);
    }

    /** A key after every entry that starts with {@code prefix}. */
    private static KeyValue upperBound(KeyValue prefix) {
        return append(prefix, Order.AFTER);
    }

    /** How many entries come before {@code key} (which is never an entry: bounds are shorter or end in AFTER). */
    private long rank(KeyValue key) {
        long index = map.getKeyIndex(key);
        return index < 0 ? -(index + 1) : index;
    }

    /**
     * The order of an ordered index's entries: element by element with MongoDB's comparison of values, each indexed
     * key in its direction, then the position ascending; a shorter key before the longer keys it starts. Entries are
     * written as {@link ReadModelStoreBackend.KeyOrder} writes unique keys. {@link #AFTER}, which is never stored, comes
     * after every value: it ends the bounds of a range.
     */
    static final class Order extends ReadModelStoreBackend.KeyOrder {

        static final Object AFTER = new Object() {
            @Override
            public String toString() {
                return "AFTER";
            }
        };
        private final boolean[] ascending;

        Order(boolean[] ascending) {
            this.ascending = ascending.clone();
        }

        @Override
        protected int compareElements(int i, Object x, Object y) {
            if (x == AFTER || y == AFTER) {
                return x == y ? 0 : (x == AFTER ? 1 : -1);
            }
            int order = super.compareElements(i, x, y);
            return i < ascending.length && !ascending[i] ? -order : order;
        }
    }
}
