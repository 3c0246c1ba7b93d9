package qc.logbook.ele.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.logbook.ele.api.FindFundingTableQuery;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.query.FundingTable;
import qc.logbook.security.CurrentUser;

/** The funding table of the ÉLÉ projects, in JSON or CSV. */
@RestController
@RequestMapping("/api/v1/funding")
@Tag(name = "Tableau de financement / Funding table",
        description = "Soutien de l'Entente, coût total, levier et participants, par projet, territoire, équipe "
                + "locale et période. Support, total cost, leverage and participants, per project, territory, local "
                + "team and period.")
class FundingTableController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final QueryGateway queryGateway;
    private final CurrentUser currentUser;

    FundingTableController(QueryGateway queryGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.currentUser = currentUser;
    }

    @GetMapping("/table")
    @Operation(summary = "Le tableau de financement / The funding table",
            description = "JSON par défaut; CSV (UTF-8 avec BOM, séparateur « ; ») avec Accept: text/csv ou "
                    + "?format=csv. Avec asOf (un instant ISO-8601, pas dans le futur), le tableau tel qu'il était à "
                    + "cet instant, recalculé à partir des seuls événements de financement enregistrés jusque-là. JSON by default; CSV (UTF-8 with BOM, ';' separator) with Accept: text/csv or "
                    + "?format=csv. With asOf (an ISO-8601 instant, not in the future), the table as it stood then, "
                    + "recomputed from the funding events stored up to that instant.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = FundingTable.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    ResponseEntity<?> table(
            @Parameter(description = "Seulement cette mesure / Only this measure")
            @RequestParam(required = false) UUID measureId,
            @Parameter(description = "csv ou json / csv or json") @RequestParam(required = false) String format,
            @Parameter(description = "Le tableau tel qu'il était à cet instant (ISO-8601, p. ex. "
                    + "2016-03-31T23:59:59Z) / The table as it stood at this instant (ISO-8601)")
            @RequestParam(required = false) @PastOrPresent Instant asOf,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        // A user of some territories gets the projects reaching them and the groups of those territories only.
        Set<String> territories = currentUser.require().restrict(null);
        FundingTable table = queryGateway.query(
                new FindFundingTableQuery(measureId == null ? null : new FundingMeasureId(measureId), territories,
                        asOf),
                ResponseTypes.instanceOf(FundingTable.class)).join();
        if (wantsCsv(format, accept)) {
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("financement-ele.csv").build().toString())
                    .body(FundingTableCsv.write(table));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            return format.equalsIgnoreCase("csv");
        }
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("csv"));
        } catch (InvalidMediaTypeException e) {
            return false; // an unreadable Accept header gets the default, JSON
        }
    }
}
