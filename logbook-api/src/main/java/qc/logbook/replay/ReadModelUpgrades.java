package qc.logbook.replay;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import qc.logbook.readmodel.CollectionNames;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.readmodel.RebuildableReadModel;

/**
 * At start-up, rebuilds (blue/green, in the background, in one rebuild) every read model that needs it:
 * <ul>
 *   <li>whose active generation was built by an older {@link RebuildableReadModel#version()} of its projection — e.g.
 *   the referral breakdown before it had pre-aggregated cells. An empty one is simply marked current;</li>
 *   <li>that the check of the read-model store against the processors' tokens found damaged
 *   ({@link ReadModelStoreCheck}: a store missing, unreadable or behind its tokens).</li>
 * </ul>
 * Several nodes starting together would each try: the second gets a conflict on its own node only if the first runs
 * there; run upgrades with one node.
 */
@Component
class ReadModelUpgrades {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrades.class);

    private final ReadModelRegistry registry;
    private final ReadModelGenerations generations;
    private final MongoTemplate mongo;
    private final RebuildService rebuilds;
    private final ReadModelStoreCheck storeCheck;
    private volatile String repair;

    ReadModelUpgrades(ReadModelRegistry registry, ReadModelGenerations generations, MongoTemplate mongo,
                      RebuildService rebuilds, ReadModelStoreCheck storeCheck) {
        this.registry = registry;
        this.generations = generations;
        this.mongo = mongo;
        this.rebuilds = rebuilds;
        this.storeCheck = storeCheck;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        upgrade();
    }

    /** The read models it started rebuilding. */
    Set<String> upgrade() {
        Map<String, String> damaged = storeCheck.damaged();
        Set<String> outdated = new TreeSet<>();
        for (RebuildableReadModel model : registry.all().values()) {
            String name = model.readModelName();
            if (damaged.containsKey(name) || generations.version(name) >= model.version()) {
                continue;
            }
            if (empty(model, generations.activeNames(name))) {
                generations.recordVersion(name, model.version());
            } else {
                outdated.add(name);
            }
        }
        if (!outdated.isEmpty()) {
            log.info("Read models built by an older version, rebuilding: {}", outdated);
        }
        Set<String> rebuilt = new TreeSet<>(outdated);
        rebuilt.addAll(damaged.keySet());
        if (!rebuilt.isEmpty()) {
            RebuildStatus status = rebuilds.start(rebuilt);
            if (!damaged.isEmpty()) {
                repair = status.id();
                log.warn("Read models rebuilt from the events in rebuild {}, their store being damaged: {}",
                        status.id(), damaged);
            }
        }
        return rebuilt;
    }

    /** The rebuild that repairs the read models the store check found damaged, if one was started. */
    Optional<RebuildStatus> repair() {
        return Optional.ofNullable(repair).flatMap(rebuilds::status);
    }

    private boolean empty(RebuildableReadModel model, CollectionNames names) {
        return model.collections().keySet().stream()
                .map(names::of)
                .noneMatch(collection -> mongo.collectionExists(collection)
                        && mongo.getCollection(collection).estimatedDocumentCount() > 0);
    }
}
