package qc.logbook.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.function.Consumer;

/** The store tests' way in: a MongoDB-wire server on a backend, and a real driver's client on it. */
final class StoreClients {

    private StoreClients() {
    }

    /** Runs {@code work} on the {@code logbook} database of {@code backend}, served on a port of its own. */
    static void withDatabase(MongoBackend backend, Consumer<MongoDatabase> work) {
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            work.accept(client.getDatabase("logbook"));
        } finally {
            server.shutdownNow();
        }
    }
}
