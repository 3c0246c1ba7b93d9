package qc.logbook.ele.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
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
import qc.logbook.ele.api.ProjectId;
import qc.logbook.ele.query.ProjectPage;
import qc.logbook.ele.query.ProjectView;
import qc.logbook.ele.rest.EleRequests.CorrectionRequest;
import qc.logbook.ele.rest.EleRequests.Created;
import qc.logbook.ele.rest.EleRequests.ProjectDetailsRequest;
import qc.logbook.ele.rest.EleRequests.ProjectSubmissionRequest;
import qc.logbook.ele.rest.EleRequests.ReasonRequest;
import qc.logbook.ele.rest.EleRequests.SupportRequest;

/**
 * Projects of the local teams. A project belongs to the funding measure it was submitted to, which checks every money
 * rule; so the commands on a project are addressed under its measure, and the reads are addressed by project id.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Projets des ÉLÉ / ÉLÉ projects",
        description = "Projets soumis par les équipes locales, soutien accordé par la mesure, réalisation. "
                + "Projects submitted by local teams, support granted by the measure, completion.")
class ProjectController {

    private static final String UNDER_MEASURE = "/funding-measures/{measureId}/projects";

    private final EleOperations operations;

    ProjectController(EleOperations operations) {
        this.operations = operations;
    }

    @PostMapping(UNDER_MEASURE)
    @Operation(summary = "Soumettre un projet d'une équipe locale / Submit a local team's project",
            description = "L'équipe locale doit exister. Idempotent: renvoyer la même requête avec le même id ne "
                    + "change rien. The local team must exist. Idempotent: sending the same request with the same "
                    + "id again changes nothing.")
    ResponseEntity<Created> submit(@PathVariable UUID measureId, @Valid @RequestBody ProjectSubmissionRequest request) {
        ProjectId id = operations.submit(measureId, request);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(new Created(id.toString()));
    }

    @PutMapping(UNDER_MEASURE + "/{projectId}")
    @Operation(summary = "Réviser un projet en cours / Revise a project under way",
            description = "Remplace toute la description (participants, retombées, coût total…). Refusé (409) une "
                    + "fois le projet réalisé: faire une correction. Replaces the whole description; refused (409) "
                    + "once the project is completed: make a correction.")
    ResponseEntity<Void> revise(@PathVariable UUID measureId, @PathVariable UUID projectId,
                                @Valid @RequestBody ProjectDetailsRequest request) {
        operations.revise(measureId, projectId, request);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(UNDER_MEASURE + "/{projectId}/support")
    @Operation(summary = "Accorder le soutien de la mesure / Grant the measure's support",
            description = "Le soutien ne dépasse jamais le coût total du projet ni le solde de l'enveloppe (409). "
                    + "Support never exceeds the project's total cost nor what remains of the envelope (409).")
    ResponseEntity<Void> grant(@PathVariable UUID measureId, @PathVariable UUID projectId,
                               @Valid @RequestBody SupportRequest request) {
        operations.grant(measureId, projectId, request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(UNDER_MEASURE + "/{projectId}/completion")
    @Operation(summary = "Déclarer le projet réalisé; ses données deviennent définitives / Record the project as "
            + "completed; its figures become final")
    ResponseEntity<Void> complete(@PathVariable UUID measureId, @PathVariable UUID projectId) {
        operations.complete(measureId, projectId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(UNDER_MEASURE + "/{projectId}/cancellation")
    @Operation(summary = "Annuler un projet, avec un motif; son soutien retourne à l'enveloppe / Cancel a project, "
            + "with a reason; its support returns to the envelope")
    ResponseEntity<Void> cancel(@PathVariable UUID measureId, @PathVariable UUID projectId,
                                @Valid @RequestBody ReasonRequest request) {
        operations.cancel(measureId, projectId, request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(UNDER_MEASURE + "/{projectId}/corrections")
    @Operation(summary = "Corriger les données d'un projet réalisé, avec un motif / Correct a completed project's "
            + "figures, with a reason")
    ResponseEntity<Void> correct(@PathVariable UUID measureId, @PathVariable UUID projectId,
                                 @Valid @RequestBody CorrectionRequest request) {
        operations.correct(measureId, projectId, request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/projects")
    @Operation(summary = "Les projets, filtrés par mesure, territoire ou équipe / Projects, filtered by measure, "
            + "territory or team",
            description = "Seulement ceux qui touchent un territoire de l'utilisateur; un projet partagé par "
                    + "plusieurs territoires sort sous chacun. Only those reaching one of the user's territories; a "
                    + "project shared by several territories matches each of them.")
    ProjectPage list(@RequestParam(required = false) UUID measureId,
                     @RequestParam(required = false) String territory,
                     @RequestParam(required = false) UUID localTeamId,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return operations.projects(measureId, territory, localTeamId, page, size);
    }

    @GetMapping("/projects/{projectId}")
    @Operation(summary = "Un projet et ses données / One project and its figures")
    ProjectView get(@PathVariable UUID projectId) {
        // A project reaching none of the user's territories is answered as absent.
        return operations.project(projectId).orElseThrow(() -> RuleViolation.notFound(null, "project.unknown"));
    }
}
