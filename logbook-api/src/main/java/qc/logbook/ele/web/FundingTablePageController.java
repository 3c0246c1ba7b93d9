package qc.logbook.ele.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import qc.logbook.ele.api.FindFundingTableQuery;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.query.FundingTable;
import qc.logbook.ele.rest.FundingTableCsv;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * The funding table page, laid out as the seed's table: per territory, each project with its principales retombées
 * and « soutien de l'Entente / coût total », then the total line. It sends the same {@link FindFundingTableQuery} as
 * {@code GET /api/v1/funding/table}, restricted to the reader's territories the same way; its CSV link answers the
 * same bytes as that endpoint's CSV (the page's session does not open the stateless API, hence a page route).
 */
@Controller
class FundingTablePageController {

    /** The instant a datetime-local input gives is read in Québec's time. */
    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    private final QueryGateway queryGateway;
    private final CurrentUser currentUser;

    FundingTablePageController(QueryGateway queryGateway, CurrentUser currentUser) {
        this.queryGateway = queryGateway;
        this.currentUser = currentUser;
    }

    @GetMapping("/funding")
    String table(@RequestParam(required = false) String asOf, @RequestParam(required = false) String measureId,
                 Model model) {
        LogbookUser user = reader();
        model.addAttribute("asOfValue", asOf == null ? "" : asOf);
        model.addAttribute("measureIdValue", measureId == null ? "" : measureId);
        Instant instant;
        UUID measure;
        try {
            instant = instant(asOf);
        } catch (DateTimeException e) {
            model.addAttribute("asOfError", "funding.asOf.invalid");
            return "ele/funding-table";
        }
        if (instant != null && instant.isAfter(Instant.now())) {
            model.addAttribute("asOfError", "funding.asOf.future");
            return "ele/funding-table";
        }
        try {
            measure = measureId == null || measureId.isBlank() ? null : UUID.fromString(measureId.strip());
        } catch (IllegalArgumentException e) {
            model.addAttribute("measureError", "funding.measure.invalid");
            return "ele/funding-table";
        }
        model.addAttribute("table", query(user, measure, instant));
        model.addAttribute("asOf", instant);
        model.addAttribute("csvUrl", UriComponentsBuilder.fromPath("/funding/table.csv")
                .queryParamIfPresent("asOf", java.util.Optional.ofNullable(asOf).filter(s -> !s.isBlank()))
                .queryParamIfPresent("measureId", java.util.Optional.ofNullable(measure))
                .encode().build().toUriString());
        return "ele/funding-table";
    }

    /** The CSV of {@code GET /api/v1/funding/table?format=csv}: UTF-8 with a byte-order mark, « ; » separated. */
    @GetMapping("/funding/table.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String asOf,
                               @RequestParam(required = false) UUID measureId) {
        LogbookUser user = reader();
        Instant instant;
        try {
            instant = instant(asOf);
        } catch (DateTimeException e) {
            return ResponseEntity.badRequest().build();
        }
        if (instant != null && instant.isAfter(Instant.now())) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("financement-ele.csv").build().toString())
                .body(FundingTableCsv.write(query(user, measureId, instant)));
    }

    private FundingTable query(LogbookUser user, UUID measureId, Instant asOf) {
        // As the API: a user of some territories gets the projects reaching them and those territories' groups only.
        Set<String> territories = user.restrict(null);
        return queryGateway.query(
                new FindFundingTableQuery(measureId == null ? null : new FundingMeasureId(measureId), territories,
                        asOf),
                ResponseTypes.instanceOf(FundingTable.class)).join();
    }

    /** Coordinators and evaluators read the table, as the API's rule for {@code GET /api/v1/funding/**}. */
    private LogbookUser reader() {
        LogbookUser user = currentUser.require();
        if (!user.has(Role.COORDINATOR) && !user.has(Role.EVALUATOR)) {
            throw new AccessDeniedException("funding table");
        }
        return user;
    }

    /** The end of the minute typed, so that « 31 mars 2016, 23 h 59 » includes what was recorded during it. */
    static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        Instant start = LocalDateTime.parse(asOf.strip()).atZone(QUEBEC).toInstant();
        Instant now = Instant.now();
        if (start.isAfter(now)) {
            return start; // refused by the caller: the past only, as the API's @PastOrPresent
        }
        Instant end = start.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES).minusMillis(1);
        return end.isAfter(now) ? now : end;
    }
}
