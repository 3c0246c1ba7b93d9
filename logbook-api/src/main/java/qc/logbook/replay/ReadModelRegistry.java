package qc.logbook.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import qc.logbook.domain.RuleViolation;
import qc.logbook.readmodel.RebuildableReadModel;

/** Every {@link RebuildableReadModel} bean of the application, by name. */
@Component
public class ReadModelRegistry {

    private final Map<String, RebuildableReadModel> models = new TreeMap<>();

    ReadModelRegistry(List<RebuildableReadModel> models) {
        models.forEach(model -> this.models.put(model.readModelName(), model));
    }

    public Map<String, RebuildableReadModel> all() {
        return models;
    }

    RebuildableReadModel get(String name) {
        RebuildableReadModel model = models.get(name);
        if (model == null) {
            throw RuleViolation.notFound("readModel", "read-model.unknown", String.join(", ", models.keySet()));
        }
        return model;
    }

    /** The named read models, or all of them when none is named. */
    Map<String, RebuildableReadModel> select(Set<String> names) {
        if (names == null || names.isEmpty()) {
            return models;
        }
        if (names.stream().anyMatch(Objects::isNull)) {
            throw RuleViolation.invalid("readModels", "required");
        }
        Map<String, RebuildableReadModel> selected = new LinkedHashMap<>();
        for (String name : new TreeSet<>(names)) {
            RebuildableReadModel model = models.get(name);
            if (model == null) {
                throw RuleViolation.invalid("readModels", "read-model.unknown", String.join(", ", models.keySet()));
            }
            selected.put(name, model);
        }
        return selected;
    }
}
