package qc.logbook.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;
import qc.logbook.readmodel.ReadModelGenerations;

/** Administration of the read models: blue/green rebuilds and their progress, generations and content hashes. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration : modèles de lecture / Read-model administration")
class ReplayAdminController {

    private final RebuildService rebuilds;
    private final ReadModelRegistry registry;
    private final ReadModelGenerations generations;
    private final ContentHashes hashes;

    ReplayAdminController(RebuildService rebuilds, ReadModelRegistry registry, ReadModelGenerations generations,
                          ContentHashes hashes) {
        this.rebuilds = rebuilds;
        this.registry = registry;
        this.generations = generations;
        this.hashes = hashes;
    }

    /** @param readModels names of the read models to rebuild; all of them when absent or empty */
    record RebuildRequest(Set<String> readModels) {
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Reconstruire des modèles de lecture / Rebuild read models",
            description = "Blue/green: the new read model is built in shadow collections while queries keep using "
                    + "the current one, and switched in once caught up. Answers 202 at once; follow the Location. "
                    + "409 while another rebuild runs.")
    ResponseEntity<RebuildStatus> rebuild(@RequestBody(required = false) RebuildRequest request) {
        RebuildStatus status = rebuilds.start(request == null ? Set.of() : request.readModels());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/rebuilds/" + status.id())).body(status);
    }

    @GetMapping("/rebuilds")
    @Operation(summary = "Reconstructions récentes / Recent rebuilds", description = "Most recent first.")
    List<RebuildStatus> recent() {
        return rebuilds.recent();
    }

    @GetMapping("/rebuilds/{id}")
    @Operation(summary = "Progression d'une reconstruction / Progress of a rebuild",
            description = "Events done, events per second and estimated seconds left.")
    RebuildStatus rebuild(@PathVariable String id) {
        return rebuilds.status(id).orElseThrow(() -> RuleViolation.notFound("id", "rebuild.unknown"));
    }

    record ReadModelInfo(String name, String processingGroup, long activeGeneration, Map<String, String> collections) {
    }

    @GetMapping("/read-models")
    @Operation(summary = "Modèles de lecture et génération active / Read models and their active generation")
    List<ReadModelInfo> readModels() {
        return registry.all().values().stream().map(model -> {
            var names = generations.activeNames(model.readModelName());
            Map<String, String> physical = new TreeMap<>();
            model.collections().keySet().forEach(logical -> physical.put(logical, names.of(logical)));
            return new ReadModelInfo(model.readModelName(), model.processingGroup(),
                    generations.active(model.readModelName()), physical);
        }).toList();
    }

    @GetMapping("/read-models/{name}/content-hash")
    @Operation(summary = "Empreinte du contenu / Content hash",
            description = "SHA-256 of every document of the active generation in id order: two replays of the same "
                    + "events give the same hash.")
    ContentHashes.ContentHash contentHash(@PathVariable String name) {
        return hashes.of(name);
    }
}
