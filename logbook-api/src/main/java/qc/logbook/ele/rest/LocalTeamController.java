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
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.query.LocalTeamPage;
import qc.logbook.ele.query.LocalTeamView;
import qc.logbook.ele.rest.EleRequests.Created;
import qc.logbook.ele.rest.EleRequests.LocalTeamRequest;

/** Local extended teams (ÉLÉ), one per territory. */
@RestController
@RequestMapping("/api/v1/local-teams")
@Tag(name = "Équipes locales élargies / Local teams (ÉLÉ)",
        description = "Intervenants, locataires et partenaires d'un territoire, et les besoins nommés par les "
                + "locataires. Workers, tenants and partners of a territory, and the needs tenants named.")
class LocalTeamController {

    private final EleOperations operations;

    LocalTeamController(EleOperations operations) {
        this.operations = operations;
    }

    @PostMapping
    @Operation(summary = "Former une équipe locale / Form a local team",
            description = "Idempotent: renvoyer la même requête avec le même id ne change rien. "
                    + "Idempotent: sending the same request with the same id again changes nothing.")
    ResponseEntity<Created> form(@Valid @RequestBody LocalTeamRequest request) {
        LocalTeamId id = operations.formTeam(request);
        return ResponseEntity.created(URI.create("/api/v1/local-teams/" + id)).body(new Created(id.toString()));
    }

    @PutMapping("/{localTeamId}")
    @Operation(summary = "Réviser une équipe locale (membres, partenaires, besoins) / Revise a local team "
            + "(members, partners, needs)")
    ResponseEntity<Void> revise(@PathVariable UUID localTeamId, @Valid @RequestBody LocalTeamRequest request) {
        operations.reviseTeam(localTeamId, request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Les équipes locales, par territoire / Local teams, by territory",
            description = "Seulement celles des territoires de l'utilisateur. Only those of the user's territories.")
    LocalTeamPage list(@RequestParam(required = false) String territory,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return operations.teams(territory, page, size);
    }

    @GetMapping("/{localTeamId}")
    @Operation(summary = "Une équipe locale / One local team")
    LocalTeamView get(@PathVariable UUID localTeamId) {
        return operations.team(localTeamId).orElseThrow(() -> RuleViolation.notFound(null, "local-team.unknown"));
    }
}
