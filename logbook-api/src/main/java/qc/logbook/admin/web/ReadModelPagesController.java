package qc.logbook.admin.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import qc.logbook.domain.RuleViolation;
import qc.logbook.problem.ProblemMessages;
import qc.logbook.readmodel.ReadModelGenerations;
import qc.logbook.replay.ContentHashes;
import qc.logbook.replay.ReadModelRegistry;
import qc.logbook.replay.RebuildService;
import qc.logbook.replay.RebuildState;
import qc.logbook.replay.RebuildStatus;

/**
 * Read models with their active generation and content hash, rebuilds started after a confirmation and followed live,
 * and the history of rebuilds: the same {@link RebuildService}, {@link ContentHashes} and registry as
 * {@code /api/v1/admin/read-models} and {@code /api/v1/admin/rebuilds}.
 */
@Controller
class ReadModelPagesController {

    private final ReadModelRegistry registry;
    private final ReadModelGenerations generations;
    private final ContentHashes hashes;
    private final RebuildService rebuilds;
    private final ProblemMessages messages;

    ReadModelPagesController(ReadModelRegistry registry, ReadModelGenerations generations, ContentHashes hashes,
                             RebuildService rebuilds, ProblemMessages messages) {
        this.registry = registry;
        this.generations = generations;
        this.hashes = hashes;
        this.rebuilds = rebuilds;
        this.messages = messages;
    }

    /** One line of the read-model table; {@code documents} counts every collection of the active generation. */
    record ReadModelRow(String name, String processingGroup, long activeGeneration, String sha256, long documents) {
    }

    @GetMapping("/admin/read-models")
    String readModels(Model model) {
        List<ReadModelRow> rows = registry.all().values().stream().map(readModel -> {
            ContentHashes.ContentHash hash = hashes.of(readModel.readModelName());
            long documents = hash.collections().values().stream()
                    .mapToLong(ContentHashes.ContentHash.Collection::documents).sum();
            return new ReadModelRow(readModel.readModelName(), readModel.processingGroup(),
                    generations.active(readModel.readModelName()), hash.sha256(), documents);
        }).toList();
        model.addAttribute("readModels", rows);
        model.addAttribute("rebuilds", rebuilds.recent().stream().map(Progress::of).toList());
        return "admin/read-models";
    }

    /** The confirmation step: a rebuild is never started by a GET. */
    @GetMapping("/admin/rebuilds/new")
    String confirm(@RequestParam(required = false) String readModel, Model model) {
        known(readModel);
        model.addAttribute("readModel", blankToNull(readModel));
        return "admin/rebuild-confirm";
    }

    @PostMapping("/admin/rebuilds")
    String start(@RequestParam(required = false) String readModel, Model model, Locale locale) {
        known(readModel);
        String name = blankToNull(readModel);
        try {
            RebuildStatus status = rebuilds.start(name == null ? Set.of() : Set.of(name));
            return "redirect:/admin/rebuilds/" + status.id();
        } catch (RuleViolation violation) {
            // another rebuild runs: say so on the confirmation page, with a link to follow it
            model.addAttribute("readModel", name);
            model.addAttribute("refusal", messages.message(violation, locale));
            model.addAttribute("running", rebuilds.recent().stream()
                    .filter(status -> status.finishedAt() == null).findFirst().map(RebuildStatus::id).orElse(null));
            return "admin/rebuild-confirm";
        }
    }

    @GetMapping("/admin/rebuilds/{id}")
    String rebuild(@PathVariable String id, Model model) {
        model.addAttribute("rebuild", progress(id));
        return "admin/rebuild";
    }

    /** The part htmx polls while the rebuild runs; once it has finished the answer no longer asks to be polled. */
    @GetMapping("/admin/rebuilds/{id}/progress")
    String progressFragment(@PathVariable String id, Model model) {
        model.addAttribute("rebuild", progress(id));
        model.addAttribute("outOfBand", true);
        return "admin/rebuild-progress :: progress";
    }

    private Progress progress(String id) {
        return rebuilds.status(id).map(Progress::of).orElseThrow(ReadModelPagesController::notFound);
    }

    private void known(String readModel) {
        if (blankToNull(readModel) != null && !registry.all().containsKey(readModel)) {
            throw notFound();
        }
    }

    /** Answered with the 404 page by the pages' error advice. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A rebuild as the page shows it.
     *
     * @param percent 100 once completed; below that the share of the events counted at the start (those appended
     *                since are caught up too, so it never claims 100 before the switch)
     */
    record Progress(RebuildStatus status, int percent, boolean running) {

        static Progress of(RebuildStatus status) {
            boolean running = status.state() == RebuildState.BUILDING
                    || status.state() == RebuildState.INDEXING || status.state() == RebuildState.CATCHING_UP;
            int percent;
            if (status.state() == RebuildState.COMPLETED) {
                percent = 100;
            } else if (status.eventsTotal() == 0) {
                percent = 0;
            } else {
                percent = (int) Math.min(99, status.eventsDone() * 100 / status.eventsTotal());
            }
            return new Progress(status, percent, running);
        }
    }
}
