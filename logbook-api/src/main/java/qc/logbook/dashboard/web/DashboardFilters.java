package qc.logbook.dashboard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.WorkerRole;

/**
 * The dashboard's filters, as they stand in the address (so that a view can be bookmarked and shared): the same
 * parameters as {@code GET /api/v1/stats/referrals}, plus the sector drilled into.
 *
 * @param asOf as typed: an ISO instant, or a date and time of day in Québec (what a {@code datetime-local} input sends)
 */
record DashboardFilters(LocalDate from, LocalDate to, AdministrativeRegion region, String territory,
                        WorkerRole workerRole, String asOf, String sector) {

    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    DashboardFilters {
        territory = blankToNull(territory);
        asOf = blankToNull(asOf);
        sector = blankToNull(sector);
    }

    List<String> territories() {
        return territory == null ? null : List.of(territory);
    }

    /** @throws DateTimeParseException when what was typed is no instant */
    Instant asOfInstant() {
        if (asOf == null) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException notAnInstant) {
            return LocalDateTime.parse(asOf).atZone(QUEBEC).toInstant();
        }
    }

    /** The query string of these filters (without the sector), for the CSV, the bilan and the drill-down links. */
    String query() {
        return builder().build().encode().getQuery();
    }

    String url(String path) {
        String query = query();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The dashboard's address with one sector drilled into. */
    String sectorUrl(String sectorCode) {
        return builder().queryParam("sector", sectorCode).replacePath("/dashboard").build().encode().toUriString();
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (from != null) {
            b.queryParam("from", from);
        }
        if (to != null) {
            b.queryParam("to", to);
        }
        if (region != null) {
            b.queryParam("region", region.name());
        }
        if (territory != null) {
            b.queryParam("territory", territory);
        }
        if (workerRole != null) {
            b.queryParam("workerRole", workerRole.name());
        }
        if (asOf != null) {
            b.queryParam("asOf", asOf);
        }
        return b;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
