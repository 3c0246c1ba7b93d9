package qc.logbook.ele.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import qc.logbook.ele.api.FundingMeasureId;
import qc.logbook.ele.query.FundingMeasureView;
import qc.logbook.ele.rest.EleOperations;
import qc.logbook.ele.rest.EleRequests.EnvelopeChangeRequest;
import qc.logbook.ele.rest.EleRequests.FundingMeasureRequest;
import qc.logbook.pages.ReadModelWait;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.Role;

/**
 * Funding measures: the list with a form to define one (coordinators), and a measure's page with its envelope, what
 * remains of it, its projects and the form to change the envelope with a reason. Same operations as
 * {@code /api/v1/funding-measures}.
 */
@Controller
class FundingMeasurePagesController {

    static final List<String> MEASURE_INPUTS = List.of("name", "period.firstYear", "period.lastYear", "envelope");
    static final List<String> ENVELOPE_INPUTS = List.of("envelope", "reason");

    private final EleOperations operations;
    private final EleForms forms;
    private final CurrentUser currentUser;

    FundingMeasurePagesController(EleOperations operations, EleForms forms, CurrentUser currentUser) {
        this.operations = operations;
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @GetMapping("/ele/measures")
    String list(@RequestParam(required = false) String done, Model model) {
        return showList(model, new EleForm(MEASURE_INPUTS).set("period.firstYear", "")
                .set("period.lastYear", ""), done);
    }

    @PostMapping("/ele/measures")
    String define(HttpServletRequest request, Model model, Locale locale) {
        EleForm form = new EleForm(MEASURE_INPUTS);
        FundingMeasureRequest sent = forms.bind(request, FundingMeasureRequest.class, List.of(), form, locale);
        Optional<FundingMeasureId> id = sent == null ? Optional.empty()
                : forms.send(() -> operations.defineMeasure(sent), form, locale);
        if (id.isEmpty()) {
            return showList(model, form, null);
        }
        return "redirect:/ele/measures/" + id.get() + "?done=defined";
    }

    @GetMapping("/ele/measures/{measureId}")
    String measure(@PathVariable UUID measureId, @RequestParam(required = false) String done, Model model) {
        return showMeasure(measureId, model, new EleForm(ENVELOPE_INPUTS), done);
    }

    @PostMapping("/ele/measures/{measureId}/envelope")
    String changeEnvelope(@PathVariable UUID measureId, HttpServletRequest request, Model model, Locale locale) {
        EleForm form = new EleForm(ENVELOPE_INPUTS);
        EnvelopeChangeRequest sent = forms.bind(request, EnvelopeChangeRequest.class, List.of(), form, locale);
        boolean changed = sent != null && forms.send(() -> {
            operations.changeEnvelope(measureId, sent);
            return Boolean.TRUE;
        }, form, locale).isPresent();
        if (!changed) {
            return showMeasure(measureId, model, form, null);
        }
        return "redirect:/ele/measures/" + measureId + "?done=envelope";
    }

    private String showList(Model model, EleForm form, String done) {
        model.addAttribute("measures", operations.measures());
        model.addAttribute("form", form);
        model.addAttribute("canWrite", currentUser.require().has(Role.COORDINATOR));
        model.addAttribute("done", "defined".equals(done) ? done : null);
        return "ele/measures";
    }

    private String showMeasure(UUID measureId, Model model, EleForm form, String done) {
        FundingMeasureView measure = (done == null ? operations.measure(measureId)
                : ReadModelWait.until(() -> operations.measure(measureId), m -> true))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!form.any() && form.value("envelope").isEmpty()) {
            form.set("envelope", measure.envelope());
        }
        model.addAttribute("measure", measure);
        model.addAttribute("projects", operations.projects(measureId, null, null, 0, 200).items());
        model.addAttribute("form", form);
        model.addAttribute("canWrite", currentUser.require().has(Role.COORDINATOR));
        model.addAttribute("done", done != null && List.of("defined", "envelope").contains(done) ? done : null);
        return "ele/measure";
    }
}
