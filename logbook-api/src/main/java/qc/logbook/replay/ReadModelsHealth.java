package qc.logbook.replay;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import qc.logbook.store.EmbeddedReadModelStore;

/**
 * The {@code readModels} health component: whether the read-model store was checked against the processors' tokens at
 * start, which read models it found damaged and why, and where their rebuild stands ({@code state}: {@code CURRENT},
 * {@code REBUILDING}, {@code REBUILT} or {@code REBUILD_FAILED}). It stays UP while read models are rebuilt: commands
 * are taken and stored meanwhile, and the figures are complete once the rebuild has switched. No personal data: names
 * of read models, reasons, a file name and a rebuild's id.
 */
@Component("readModelsHealthIndicator")
class ReadModelsHealth implements HealthIndicator {

    private final ReadModelStoreCheck check;
    private final ReadModelUpgrades upgrades;
    private final ObjectProvider<EmbeddedReadModelStore> store;

    ReadModelsHealth(ReadModelStoreCheck check, ReadModelUpgrades upgrades,
                     ObjectProvider<EmbeddedReadModelStore> store) {
        this.check = check;
        this.upgrades = upgrades;
        this.store = store;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("storeChecked", check.checked());
        EmbeddedReadModelStore embedded = store.getIfAvailable();
        if (embedded != null) {
            details.put("storeFile", embedded.opening().name());
            embedded.movedAside().ifPresent(aside -> details.put("movedAside", aside.getFileName().toString()));
        }
        Map<String, String> damaged = check.damaged();
        String state = "CURRENT";
        if (!damaged.isEmpty()) {
            details.put("damaged", damaged);
            state = upgrades.repair().map(status -> {
                details.put("rebuild", status.id());
                return switch (status.state()) {
                    case COMPLETED -> "REBUILT";
                    case FAILED -> "REBUILD_FAILED";
                    default -> "REBUILDING";
                };
            }).orElse("REBUILDING");
        }
        details.put("state", state);
        return Health.up().withDetails(details).build();
    }
}
