package qc.logbook.ele.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.domain.RuleViolation;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.query.FundingMeasureView;
import qc.logbook.ele.rest.EleRequests.Created;
import qc.logbook.ele.rest.EleRequests.EnvelopeChangeRequest;
import qc.logbook.ele.rest.EleRequests.FundingMeasureRequest;

/** Funding measures: one per agreement period, with the envelope the projects' support comes from. */
@RestController
@RequestMapping("/api/v1/funding-measures")
@Tag(name = "Mesures de financement / Funding measures",
        description = "Mesure de soutien financier par période d'entente, avec son enveloppe. "
                + "Funding measure per agreement period, with its envelope.")
class FundingMeasureController {

    private final EleOperations operations;

    FundingMeasureController(EleOperations operations) {
        this.operations = operations;
    }

    @PostMapping
    @Operation(summary = "Définir une mesure de financement / Define a funding measure",
            description = "Idempotent: renvoyer la même requête avec le même id ne change rien. "
                    + "Idempotent: sending the same request with the same id again changes nothing.")
    ResponseEntity<Created> define(@Valid @RequestBody FundingMeasureRequest request) {
        FundingMeasureId id = operations.defineMeasure(request);
        return ResponseEntity.created(URI.create("/api/v1/funding-measures/" + id)).body(new Created(id.toString()));
    }

    @PutMapping("/{measureId}/envelope")
    @Operation(summary = "Changer l'enveloppe, avec un motif / Change the envelope, with a reason")
    ResponseEntity<Void> changeEnvelope(@PathVariable UUID measureId,
                                        @Valid @RequestBody EnvelopeChangeRequest request) {
        operations.changeEnvelope(measureId, request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Les mesures de financement / The funding measures")
    List<FundingMeasureView> list() {
        return operations.measures();
    }

    @GetMapping("/{measureId}")
    @Operation(summary = "Une mesure, avec le soutien accordé et le solde / One measure, with support granted and "
            + "what remains")
    FundingMeasureView get(@PathVariable UUID measureId) {
        return operations.measure(measureId).orElseThrow(() -> RuleViolation.notFound(null, "funding-measure.unknown"));
    }
}
