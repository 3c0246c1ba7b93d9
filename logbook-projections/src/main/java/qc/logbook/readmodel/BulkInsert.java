package qc.logbook.readmodel;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Inserts read-model documents into a fresh collection in unordered bulk writes, converted as Spring Data would. */
public final class BulkInsert {

    private BulkInsert() {
    }

    public static void into(MongoTemplate mongo, String collection, Iterable<?> documents, int batchSize) {
        List<InsertOneModel<Document>> batch = new ArrayList<>(batchSize);
        for (Object document : documents) {
            Document bson = new Document();
            mongo.getConverter().write(document, bson);
            batch.add(new InsertOneModel<>(bson));
            if (batch.size() == batchSize) {
                mongo.getCollection(collection).bulkWrite(batch, new BulkWriteOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(batch, new BulkWriteOptions().ordered(false));
        }
    }
}
