package qc.logbook.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.logbook.domain.RuleViolation;
import qc.logbook.export.ReferralBreakdownCsv;
import qc.logbook.intervention.reading.ReferralBreakdownReader;
import qc.logbook.pages.PageLabels;
import qc.logbook.privacy.SmallCellSuppression;
import qc.logbook.problem.ProblemMessages;
import qc.logbook.reference.AdministrativeRegion;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Territory;
import qc.logbook.reference.WorkerRole;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;

/**
 * The tableau de bord: the referral breakdown of {@code GET /api/v1/stats/referrals} as tables with their bars, the
 * bilan written as the regional report writes it, and the CSV of what is on screen. Every view reads the breakdown
 * once, through the same reader as the API, and draws from the document the API would answer — suppressed for
 * evaluators — so a page can never show a number the API hides.
 */
@Controller
class DashboardPagesController {

    private final ReferralBreakdownReader reader;
    private final SmallCellSuppression suppression;
    private final ObjectMapper json;
    private final CurrentUser currentUser;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final PageLabels labels;

    DashboardPagesController(ReferralBreakdownReader reader, SmallCellSuppression suppression, ObjectMapper json,
                             CurrentUser currentUser, ProblemMessages problems, MessageSource messages,
                             PageLabels labels) {
        this.reader = reader;
        this.suppression = suppression;
        this.json = json;
        this.currentUser = currentUser;
        this.problems = problems;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) AdministrativeRegion region,
                     @RequestParam(required = false) String territory,
                     @RequestParam(required = false) WorkerRole workerRole,
                     @RequestParam(required = false) String asOf,
                     @RequestParam(required = false) String sector,
                     Model model, Locale locale, HttpServletResponse response) {
        DashboardFilters filters = new DashboardFilters(from, to, region, territory, workerRole, asOf, sector);
        Figures figures = read(filters, model, locale, response);
        if (figures != null) {
            model.addAttribute("selectedSector", figures.sector(filters.sector()));
        }
        return "dashboard/index";
    }

    @GetMapping("/dashboard/bilan")
    String bilan(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) AdministrativeRegion region,
                 @RequestParam(required = false) String territory,
                 @RequestParam(required = false) WorkerRole workerRole,
                 @RequestParam(required = false) String asOf,
                 Model model, Locale locale, HttpServletResponse response) {
        DashboardFilters filters = new DashboardFilters(from, to, region, territory, workerRole, asOf, null);
        Figures figures = read(filters, model, locale, response);
        if (figures != null) {
            model.addAttribute("sentences", new Bilan(messages, locale).sentences(figures));
        }
        return "dashboard/bilan";
    }

    /** The CSV export of the same breakdown, same filters, same hidden cells (written {@code x}). */
    @GetMapping("/dashboard.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) AdministrativeRegion region,
                               @RequestParam(required = false) String territory,
                               @RequestParam(required = false) WorkerRole workerRole,
                               @RequestParam(required = false) String asOf, Locale locale) {
        DashboardFilters filters = new DashboardFilters(from, to, region, territory, workerRole, asOf, null);
        ReferralBreakdownReader.Result result;
        try {
            result = reader.read(from, to, region, filters.territories(), workerRole, asOf(filters));
        } catch (RuleViolation violation) {
            return refusedDownload(problems.message(violation, locale));
        } catch (DateTimeParseException notAnInstant) {
            return refusedDownload(messages.getMessage("dashboard.error.as-of", null, locale));
        }
        Set<String> hidden = result.user().seesOnlySuppressedStatistics()
                ? suppression.hidden(result.breakdown()) : Set.of();
        return ReferralBreakdownCsv.of(result.breakdown(), hidden).download("repartition-references.csv");
    }

    /** A download the filters refuse: the reason, as text (the link comes from a page that shows it too). */
    private static ResponseEntity<byte[]> refusedDownload(String reason) {
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(reason.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the breakdown once and fills the model; a refused filter is shown on its input, with no figures. */
    private Figures read(DashboardFilters filters, Model model, Locale locale, HttpServletResponse response) {
        LogbookUser user = currentUser.require();
        model.addAttribute("filters", filters);
        model.addAttribute("evaluator", user.seesOnlySuppressedStatistics());
        model.addAttribute("threshold", suppression.threshold());
        model.addAttribute("territories", territories(user));
        model.addAttribute("regions", regions(user));
        model.addAttribute("roles", WorkerRole.values());
        model.addAttribute("csvUrl", filters.url("/dashboard.csv"));
        model.addAttribute("bilanUrl", filters.url("/dashboard/bilan"));
        model.addAttribute("dashboardUrl", filters.url("/dashboard"));
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        try {
            ReferralBreakdownReader.Result result = reader.read(filters.from(), filters.to(), filters.region(),
                    filters.territories(), filters.workerRole(), asOf(filters));
            JsonNode document = result.user().seesOnlySuppressedStatistics()
                    ? suppression.apply(result.breakdown()) : json.valueToTree(result.breakdown());
            Figures figures = Figures.of(document, locale);
            model.addAttribute("figures", figures);
            model.addAttribute("interventionsText", Figures.text(figures.interventions(), locale));
            model.addAttribute("referralsText", Figures.text(figures.referrals(), locale));
            model.addAttribute("participantsText", Figures.text(figures.participants(), locale));
            model.addAttribute("individualText", Figures.text(figures.individualInterventions(), locale));
            model.addAttribute("collectiveText", Figures.text(figures.collectiveInterventions(), locale));
            model.addAttribute("sectorUrls", sectorUrls(filters, figures));
            return figures;
        } catch (RuleViolation violation) {
            errors.put(violation.field(), problems.message(violation, locale));
        } catch (DateTimeParseException notAnInstant) {
            errors.put("asOf", messages.getMessage("dashboard.error.as-of", null, locale));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return null;
    }

    private Instant asOf(DashboardFilters filters) {
        Instant asOf = filters.asOfInstant();
        if (asOf != null && asOf.isAfter(Instant.now())) {
            throw RuleViolation.invalid("asOf", "date.in-future");
        }
        return asOf;
    }

    private static Map<String, String> sectorUrls(DashboardFilters filters, Figures figures) {
        Map<String, String> urls = new LinkedHashMap<>();
        figures.referralsBySector().forEach(sector -> urls.put(sector.code(), filters.sectorUrl(sector.code())));
        return urls;
    }

    /** Only the user's own territories can be chosen (the reader would count nothing outside them anyway). */
    private List<Territory> territories(LogbookUser user) {
        return Territories.all().stream().filter(t -> user.canSee(t.code()))
                .sorted(Comparator.comparing(labels::of)).toList();
    }

    private List<AdministrativeRegion> regions(LogbookUser user) {
        return territories(user).stream().map(Territory::region).distinct().sorted().toList();
    }
}
