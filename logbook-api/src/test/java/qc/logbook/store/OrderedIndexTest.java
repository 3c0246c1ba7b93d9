package qc.logbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's ordered indexes answer exactly what a full scan answers. Every query runs on two collections
 * holding the same documents, one with the indexes (read through them) and one without (the stock scan).
 */
class OrderedIndexTest {

    private static final List<String> TERRITORIES = List.of("LEVIS", "BELLECHASSE", "MONTMAGNY", "LOTBINIERE");
    private static final List<String> WORKERS = List.of("w-1", "w-2", "w-3", "w-4", "w-5", "w-6", "w-7");
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    @TempDir
    Path dir;

    private ReadModelStoreBackend backend;

    private void withDatabase(Consumer<MongoDatabase> work) {
        backend = ReadModelStoreBackend.open(dir.resolve("mongo.mv").toString());
        StoreClients.withDatabase(backend, work);
    }

    private static Date day(int n) {
        return Date.from(FIRST_DAY.plusDays(n).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static List<Document> interventions(int count, long seed) {
        Random random = new Random(seed);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Document> referrals = new ArrayList<>();
            for (int r = random.nextInt(3); r > 0; r--) {
                Document referral = new Document("sector", "CISSS");
                if (random.nextBoolean()) {
                    referral.append("outcome", random.nextBoolean() ? "REACHED" : "NOT_REACHED");
                }
                referrals.add(referral);
            }
            Document details = new Document("territory", TERRITORIES.get(random.nextInt(TERRITORIES.size())))
                    .append("date", day(random.nextInt(900)))
                    .append("mode", random.nextBoolean() ? "INDIVIDUAL" : "COLLECTIVE")
                    .append("worker", new Document("value", WORKERS.get(random.nextInt(WORKERS.size()))));
            documents.add(new Document("_id", "i-" + i).append("details", details)
                    .append("recordedAt", Date.from(Instant.parse("2024-01-01T00:00:00Z")
                            .plusSeconds(random.nextInt(1_000)))) // repeats, so that _id breaks ties
                    .append("referrals", referrals));
        }
        return documents;
    }

    private static void indexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("details.territory"),
                Indexes.descending("details.date")), new IndexOptions().name("territory_date"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("details.territory"),
                Indexes.ascending("details.mode"), Indexes.descending("details.date")),
                new IndexOptions().name("territory_mode_date"));
        collection.createIndex(Indexes.compoundIndex(Indexes.descending("details.date"),
                Indexes.descending("recordedAt"), Indexes.ascending("_id")), new IndexOptions().name("recent"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("details.worker.value"),
                Indexes.descending("details.date"), Indexes.descending("recordedAt"), Indexes.ascending("_id")),
                new IndexOptions().name("worker_recent"));
        collection.createIndex(Indexes.ascending("referrals.outcome"), new IndexOptions().name("referral_outcome"));
    }

    private static final Bson RECENT_FIRST = Sorts.orderBy(Sorts.descending("details.date"),
            Sorts.descending("recordedAt"), Sorts.ascending("_id"));

    private static List<Bson> filters() {
        return List.of(
                new Document(),
                Filters.in("details.territory", TERRITORIES),
                Filters.in("details.territory", "LEVIS", "BELLECHASSE"),
                Filters.eq("details.territory", "MONTMAGNY"),
                Filters.and(Filters.in("details.territory", "LEVIS"), Filters.eq("details.mode", "INDIVIDUAL")),
                new Document("details.territory", new Document("$in", TERRITORIES)).append("details.date",
                        new Document("$gte", day(200)).append("$lte", day(565))),
                new Document("details.territory", new Document("$in", List.of("LEVIS", "MONTMAGNY")))
                        .append("details.mode", "COLLECTIVE")
                        .append("details.date", new Document("$lte", day(300))),
                new Document("$and", List.of(new Document("details.date", new Document("$gte", day(10))
                        .append("$lte", day(11))))).append("details.territory", "LEVIS"),
                Filters.and(Filters.in("details.territory", "LEVIS", "LOTBINIERE"),
                        Filters.and(Filters.gte("details.date", day(100)), Filters.lte("details.date", day(465)))),
                Filters.and(Filters.eq("details.territory", "LEVIS"), Filters.gt("details.date", day(300)),
                        Filters.lt("details.date", day(301 + 30))),
                Filters.and(Filters.in("details.territory", "LEVIS", "BELLECHASSE"),
                        Filters.eq("details.worker.value", "w-3")),
                Filters.eq("details.worker.value", "w-5"),
                Filters.eq("details.worker.value", "nobody"),
                Filters.eq("referrals.outcome", null),
                Filters.in("referrals.outcome", "REACHED", "NOT_REACHED"),
                Filters.and(Filters.elemMatch("referrals", Filters.eq("outcome", null)),
                        Filters.eq("referrals.outcome", null)),
                Filters.and(Filters.elemMatch("referrals", Filters.eq("outcome", null)),
                        Filters.eq("referrals.outcome", null), Filters.in("details.territory", "LEVIS")));
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static long count(MongoDatabase database, String collection, Bson filter) {
        Document command = new Document("count", collection).append("query",
                filter.toBsonDocument(Document.class, com.mongodb.MongoClientSettings.getDefaultCodecRegistry()));
        return ((Number) database.runCommand(command).get("n")).longValue();
    }

    @Test
    void sorted_pages_filters_and_counts_answer_as_a_full_scan_does() {
        withDatabase(database -> {
            MongoCollection<Document> indexed = database.getCollection("indexed");
            MongoCollection<Document> scanned = database.getCollection("scanned");
            indexes(indexed); // before the documents: each insert maintains the indexes
            List<Document> documents = interventions(2_000, 11);
            indexed.insertMany(documents.stream().map(Document::new).toList());
            scanned.insertMany(documents.stream().map(Document::new).toList());
            compare(database, indexed, scanned);

            // updates move entries, deletes remove them
            Random random = new Random(5);
            for (int i = 0; i < 300; i++) {
                String id = "i-" + random.nextInt(2_000);
                Bson change = Updates.combine(Updates.set("details.date", day(random.nextInt(900))),
                        Updates.set("details.worker.value", WORKERS.get(random.nextInt(WORKERS.size()))),
                        Updates.set("referrals", List.of(new Document("sector", "OMH"))));
                indexed.updateOne(Filters.eq("_id", id), change);
                scanned.updateOne(Filters.eq("_id", id), change);
            }
            indexed.deleteMany(Filters.eq("details.territory", "LOTBINIERE"));
            scanned.deleteMany(Filters.eq("details.territory", "LOTBINIERE"));
            compare(database, indexed, scanned);
        });
    }

    private static void compare(MongoDatabase database, MongoCollection<Document> indexed,
                                MongoCollection<Document> scanned) {
        for (Bson filter : filters()) {
            for (int[] page : new int[][] {{0, 20}, {3, 20}, {0, 1}, {40, 50}, {10_000, 20}}) {
                assertThat(ids(indexed.find(filter).sort(RECENT_FIRST).skip(page[0] * page[1]).limit(page[1])))
                        .as("%s page %d of %d", filter, page[0], page[1])
                        .isEqualTo(ids(scanned.find(filter).sort(RECENT_FIRST).skip(page[0] * page[1])
                                .limit(page[1])));
            }
            assertThat(ids(indexed.find(filter).sort(Sorts.orderBy(Sorts.ascending("details.date"),
                    Sorts.ascending("recordedAt"), Sorts.descending("_id")))))
                    .as("%s oldest first", filter)
                    .isEqualTo(ids(scanned.find(filter).sort(Sorts.orderBy(Sorts.ascending("details.date"),
                            Sorts.ascending("recordedAt"), Sorts.descending("_id")))));
            assertThat(ids(indexed.find(filter))).as("%s unsorted", filter)
                    .containsExactlyInAnyOrderElementsOf(ids(scanned.find(filter)));
            assertThat(count(database, "indexed", filter)).as("count of %s", filter)
                    .isEqualTo(count(database, "scanned", filter))
                    .isEqualTo(scanned.countDocuments(filter));
        }
    }

    @Test
    void a_sorted_page_reads_about_its_own_documents_and_a_covered_count_reads_none() {
        withDatabase(database -> {
            MongoCollection<Document> indexed = database.getCollection("indexed");
            indexes(indexed);
            indexed.insertMany(interventions(2_000, 7));
            PlannedCollection collection = (PlannedCollection) backend.resolveDatabase("logbook")
                    .resolveCollection("indexed", true);

            long before = collection.documentsRead();
            assertThat(ids(indexed.find(Filters.in("details.territory", TERRITORIES)).sort(RECENT_FIRST)
                    .skip(40).limit(20))).hasSize(20);
            assertThat(collection.documentsRead() - before).isEqualTo(60);

            before = collection.documentsRead();
            assertThat(ids(indexed.find(Filters.eq("details.worker.value", "w-2")).sort(RECENT_FIRST)
                    .limit(20))).hasSize(20);
            assertThat(collection.documentsRead() - before).isEqualTo(20);

            // a period of the list starts the reading at its last day, however old it is
            before = collection.documentsRead();
            assertThat(ids(indexed.find(Filters.and(Filters.gte("details.date", day(10)),
                    Filters.lte("details.date", day(40)))).sort(RECENT_FIRST).limit(5))).hasSize(5);
            assertThat(collection.documentsRead() - before).isEqualTo(5);

            before = collection.documentsRead();
            assertThat(count(database, "indexed", Filters.in("details.territory", "LEVIS", "MONTMAGNY")))
                    .isBetween(700L, 1_300L);
            assertThat(collection.documentsRead() - before).isZero();

            // a period of some territories, and a territory with a mode, are counted from the index too
            before = collection.documentsRead();
            assertThat(count(database, "indexed", new Document("details.territory",
                    new Document("$in", List.of("LEVIS", "MONTMAGNY"))).append("details.date",
                    new Document("$gte", day(100)).append("$lte", day(400))))).isPositive();
            assertThat(count(database, "indexed", new Document("details.territory", "LEVIS")
                    .append("details.mode", "INDIVIDUAL"))).isPositive();
            assertThat(collection.documentsRead() - before).isZero();

            // a worker's count reads that worker's documents only (about a seventh)
            before = collection.documentsRead();
            long workers = count(database, "indexed", Filters.and(Filters.eq("details.worker.value", "w-2"),
                    Filters.eq("details.mode", "INDIVIDUAL")));
            assertThat(workers).isPositive();
            assertThat(collection.documentsRead() - before).isLessThan(500);

            // open referrals of every territory: the referral outcomes' index holds fewer entries than the
            // territories' one, and is the one read
            before = collection.documentsRead();
            Bson open = Filters.and(Filters.elemMatch("referrals", Filters.eq("outcome", null)),
                    Filters.eq("referrals.outcome", null), Filters.in("details.territory", TERRITORIES));
            List<String> found = ids(indexed.find(open));
            assertThat(found).isNotEmpty();
            assertThat(collection.documentsRead() - before).isLessThan(2_000 / 2).isGreaterThanOrEqualTo(found.size());
        });
    }

    @Test
    void indexes_are_kept_in_order_and_filled_for_documents_already_stored() {
        withDatabase(database -> {
            MongoCollection<Document> indexed = database.getCollection("indexed");
            List<Document> documents = interventions(500, 3);
            indexed.insertMany(documents);
            indexes(indexed); // after the documents: the index is filled from the collection
            MongoCollection<Document> scanned = database.getCollection("scanned");
            scanned.insertMany(interventions(500, 3));
            compare(database, indexed, scanned);
        });
        // reopened: the indexes are read back from the file, in their order
        withDatabase(database -> compare(database, database.getCollection("indexed"),
                database.getCollection("scanned")));
    }

    @Test
    void a_dropped_collection_starts_again_with_empty_indexes() {
        withDatabase(database -> {
            MongoCollection<Document> indexed = database.getCollection("indexed");
            indexes(indexed);
            indexed.insertMany(interventions(200, 1));
            indexed.drop();
            indexes(indexed);
            indexed.insertMany(interventions(100, 2));
            MongoCollection<Document> scanned = database.getCollection("scanned");
            scanned.insertMany(interventions(100, 2));
            compare(database, indexed, scanned);
        });
    }
}
