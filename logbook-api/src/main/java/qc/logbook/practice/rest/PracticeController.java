package qc.logbook.practice.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;
import qc.logbook.practice.api.DraftPracticeCommand;
import qc.logbook.practice.api.EconomicImpact;
import qc.logbook.practice.api.FindPracticeQuery;
import qc.logbook.practice.api.FindPracticeUsesQuery;
import qc.logbook.practice.api.HealthImpact;
import qc.logbook.practice.api.Partner;
import qc.logbook.practice.api.PracticeDescriptionCategory;
import qc.logbook.practice.api.PracticeDescriptionItem;
import qc.logbook.practice.api.PracticeId;
import qc.logbook.practice.api.PracticeInterventionType;
import qc.logbook.practice.api.PracticeSort;
import qc.logbook.practice.api.PracticeTenure;
import qc.logbook.practice.api.PsychosocialImpact;
import qc.logbook.practice.api.PublishPracticeCommand;
import qc.logbook.practice.api.RetirePracticeCommand;
import qc.logbook.practice.api.ReturnPracticeForChangesCommand;
import qc.logbook.practice.api.SclsCharacteristic;
import qc.logbook.practice.api.SearchPracticesQuery;
import qc.logbook.practice.api.SelfRating;
import qc.logbook.practice.api.SpecificProject;
import qc.logbook.practice.api.StartPracticeRevisionCommand;
import qc.logbook.practice.api.SubmitPracticeCommand;
import qc.logbook.practice.api.TargetPopulation;
import qc.logbook.practice.api.UpdatePracticeDraftCommand;
import qc.logbook.practice.query.PracticeDetailsView;
import qc.logbook.practice.query.PracticeSearchEngine;
import qc.logbook.practice.query.PracticeSearchResult;
import qc.logbook.practice.query.PracticeUses;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.HealthRegion;
import qc.logbook.reference.SupportCategory;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * The practice repository: draft a practice, submit it for review, publish, revise and retire it, and search the
 * published ones with facets. Writes are commands; reads come from the projections and may lag a write by a moment.
 */
@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "Répertoire de pratiques / Practice repository")
class PracticeController {

    private static final String BASE = "/api/v1/practices/";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;

    PracticeController(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Créer une pratique en brouillon / Draft a new practice",
            description = "Only the name is required for a draft; every limit of the form applies. Idempotent when "
                    + "the client supplies the id: the same request again answers 201 and records nothing new; the "
                    + "same id with another form answers 409.")
    ResponseEntity<Void> draft(@Valid @RequestBody PracticeRequests.Draft request) {
        PracticeId id = request.id() == null ? PracticeId.random() : new PracticeId(request.id());
        commands.sendAndWait(new DraftPracticeCommand(id, request.form(), Instant.now()));
        return ResponseEntity.created(URI.create(BASE + id)).build();
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Remplacer le formulaire du brouillon / Replace the draft's form",
            description = "Works on the revision being drafted: the first draft, a revision of a published practice, "
                    + "or a submission sent back for changes.")
    ResponseEntity<Void> updateDraft(@PathVariable UUID id, @Valid @RequestBody PracticeRequests.FormUpdate request) {
        commands.sendAndWait(new UpdatePracticeDraftCommand(new PracticeId(id), request.form(), Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Soumettre pour examen / Submit for review",
            description = "The form must be complete: regions, tenure, the six questions of section 4, a practice "
                    + "description, a target population, the intervention type, a category and the self-rating. "
                    + "409 names the first missing field.")
    ResponseEntity<Void> submit(@PathVariable UUID id) {
        commands.sendAndWait(new SubmitPracticeCommand(new PracticeId(id), Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Renvoyer pour modifications / Send back for changes",
            description = "A reviewer sends a submitted revision back to drafting with a comment.")
    ResponseEntity<Void> returnForChanges(@PathVariable UUID id,
                                          @Valid @RequestBody PracticeRequests.ReturnForChanges request) {
        commands.sendAndWait(new ReturnPracticeForChangesCommand(new PracticeId(id), request.comment(),
                Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publier / Publish",
            description = "Publishes the submitted revision; it replaces the published one in search.")
    ResponseEntity<Void> publish(@PathVariable UUID id) {
        commands.sendAndWait(new PublishPracticeCommand(new PracticeId(id), Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/revisions")
    @Operation(summary = "Demander une révision / Start a revision",
            description = "Opens a new revision of a published practice, as a draft, from the given form or a copy "
                    + "of the published one. The published revision stays visible until the new one is published. "
                    + "Then update it with PUT /draft and submit it with POST /submission.")
    ResponseEntity<Void> startRevision(@PathVariable UUID id,
                                       @Valid @RequestBody(required = false) PracticeRequests.Revision request) {
        PracticeRequests.Revision body = request == null ? new PracticeRequests.Revision(null, null) : request;
        Integer revision = commands.sendAndWait(new StartPracticeRevisionCommand(new PracticeId(id), body.form(),
                body.reason(), Instant.now()));
        return ResponseEntity.created(URI.create(BASE + id + "/revisions/" + revision)).build();
    }

    @PostMapping("/{id}/retirement")
    @Operation(summary = "Retirer du répertoire / Retire from the repository",
            description = "Final: the practice leaves search; its detail and history stay readable.")
    ResponseEntity<Void> retire(@PathVariable UUID id, @Valid @RequestBody PracticeRequests.Retirement request) {
        commands.sendAndWait(new RetirePracticeCommand(new PracticeId(id), request.reason(), Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Fiche complète et historique des révisions / Complete form and revision history",
            description = "Coordinators (who review) and the authors of a practice (who drafted it or started one of "
                    + "its revisions) see every revision, drafts and submissions included. Every other reader sees "
                    + "the published revisions only; a practice never published is 404 to them.")
    ResponseEntity<PracticeDetailsView> get(@PathVariable UUID id) {
        return ResponseEntity.of(find(id));
    }

    @GetMapping("/{id}/revisions/{revision}")
    @Operation(summary = "Une révision / One revision")
    ResponseEntity<PracticeDetailsView.RevisionView> revision(@PathVariable UUID id, @PathVariable int revision) {
        return ResponseEntity.of(find(id).map(view -> view.revision(revision)));
    }

    @GetMapping("/{id}/uses")
    @Operation(summary = "Interventions qui appliquent la pratique / Interventions applying the practice",
            description = "How many interventions of the journal de bord (not cancelled) named this practice on a "
                    + "collective support, in all and by territory. 404 where the practice itself is.")
    ResponseEntity<PracticeUses> uses(@PathVariable UUID id) {
        if (find(id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(queries.query(new FindPracticeUsesQuery(new PracticeId(id)),
                ResponseTypes.instanceOf(PracticeUses.class)).join());
    }

    @GetMapping("/taxonomies")
    @Operation(summary = "Listes de valeurs du formulaire / Taxonomies of the form",
            description = "Every taxonomy with its codes and French and English labels, keyed by the form field.")
    Map<String, List<PracticeTaxonomies.Entry>> taxonomies() {
        return PracticeTaxonomies.all();
    }

    @GetMapping
    @Operation(summary = "Rechercher les pratiques publiées / Search published practices",
            description = "Words in q are all required and matched in the name and the descriptions, ignoring case, "
                    + "accents and plurals. Facet filters: several values of one facet are alternatives (repeat the "
                    + "parameter or separate with commas); different facets combine. Each facet count is the number "
                    + "of results with that value under the text and the other facets' filters.")
    PracticeSearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<AdministrativeRegion> region,
            @RequestParam(required = false) Set<HealthRegion> healthRegion,
            @RequestParam(required = false) Set<PracticeTenure> tenure,
            @RequestParam(required = false) Set<PracticeDescriptionCategory> descriptionCategory,
            @RequestParam(required = false) Set<PracticeDescriptionItem> descriptionItem,
            @RequestParam(required = false) Set<SpecificProject> specificProject,
            @RequestParam(required = false) Set<TargetPopulation> targetPopulation,
            @RequestParam(required = false) Set<PracticeInterventionType> interventionType,
            @RequestParam(required = false) Set<Partner> partner,
            @RequestParam(required = false) Set<PsychosocialImpact> psychosocialImpact,
            @RequestParam(required = false) Set<EconomicImpact> economicImpact,
            @RequestParam(required = false) Set<HealthImpact> healthImpact,
            @RequestParam(required = false) Set<SelfRating> selfRating,
            @RequestParam(required = false) Set<SclsCharacteristic> sclsCharacteristic,
            @RequestParam(required = false) Set<SupportCategory> category,
            @Parameter(description = "relevance (default) or date")
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PracticeSearchEngine.MAX_PAGE_SIZE) int size) {
        SearchPracticesQuery query = new SearchPracticesQuery(q, region, healthRegion, tenure, descriptionCategory,
                descriptionItem, specificProject, targetPopulation, interventionType, partner, psychosocialImpact,
                economicImpact, healthImpact, selfRating, sclsCharacteristic, category, sort(sort), page, size);
        return queries.query(query, ResponseTypes.instanceOf(PracticeSearchResult.class)).join();
    }

    /** The practice as the current user may see it: work in progress is its authors' and reviewers' only. */
    private Optional<PracticeDetailsView> find(UUID id) {
        Optional<PracticeDetailsView> view = queries.query(new FindPracticeQuery(new PracticeId(id)),
                ResponseTypes.optionalInstanceOf(PracticeDetailsView.class)).join();
        LogbookUser user = currentUser.require();
        return view.flatMap(v -> v.asSeenBy(user.id(), user.has(Role.COORDINATOR)));
    }

    private static PracticeSort sort(String sort) {
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance", "pertinence" -> PracticeSort.RELEVANCE;
            case "date" -> PracticeSort.DATE;
            default -> throw RuleViolation.invalid("sort", "unknown-value", "relevance, date");
        };
    }
}
