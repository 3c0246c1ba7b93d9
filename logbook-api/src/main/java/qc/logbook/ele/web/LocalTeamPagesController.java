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
import qc.logbook.ele.api.LocalTeamId;
import qc.logbook.ele.query.LocalTeamView;
import qc.logbook.ele.rest.EleOperations;
import qc.logbook.ele.rest.EleRequests.LocalTeamRequest;
import qc.logbook.pages.ReadModelWait;
import qc.logbook.reference.Territories;
import qc.logbook.reference.Territory;
import qc.logbook.security.CurrentUser;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.Role;

/**
 * Local teams (ÉLÉ) of the reader's territories: the list, the form to form one and to revise one (coordinators).
 * Same operations as {@code /api/v1/local-teams}; the territory of a team is fixed once formed.
 */
@Controller
class LocalTeamPagesController {

    static final List<String> INPUTS = List.of("name", "territory", "members.workers", "members.tenants",
            "members.communityPartners", "members.institutionalPartners", "partnerOrganisations", "tenantNeeds");
    static final List<String> LISTS = List.of("partnerOrganisations", "tenantNeeds");

    private final EleOperations operations;
    private final EleForms forms;
    private final CurrentUser currentUser;

    LocalTeamPagesController(EleOperations operations, EleForms forms, CurrentUser currentUser) {
        this.operations = operations;
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @GetMapping("/ele/teams")
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("teams", operations.teams(null, 0, 200).items());
        model.addAttribute("canWrite", currentUser.require().has(Role.COORDINATOR));
        model.addAttribute("done", "formed".equals(done) || "revised".equals(done) ? done : null);
        return "ele/teams";
    }

    @GetMapping("/ele/teams/new")
    String blank(Model model) {
        EleForm form = new EleForm(INPUTS);
        for (String count : INPUTS.subList(2, 6)) {
            form.set(count, 0);
        }
        return showForm(model, form, null);
    }

    @PostMapping("/ele/teams")
    String form(HttpServletRequest request, Model model, Locale locale) {
        EleForm form = new EleForm(INPUTS);
        LocalTeamRequest sent = forms.bind(request, LocalTeamRequest.class, LISTS, form, locale);
        Optional<LocalTeamId> id = sent == null ? Optional.empty()
                : forms.send(() -> operations.formTeam(sent), form, locale);
        if (id.isEmpty()) {
            return showForm(model, form, null);
        }
        UUID formed = id.get().value();
        ReadModelWait.until(() -> operations.team(formed), t -> true);
        return "redirect:/ele/teams?done=formed";
    }

    @GetMapping("/ele/teams/{teamId}")
    String edit(@PathVariable UUID teamId, Model model) {
        LocalTeamView team = operations.team(teamId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EleForm form = new EleForm(INPUTS).set("name", team.name()).set("territory", team.territory())
                .set("members.workers", team.members().workers()).set("members.tenants", team.members().tenants())
                .set("members.communityPartners", team.members().communityPartners())
                .set("members.institutionalPartners", team.members().institutionalPartners())
                .setAll("partnerOrganisations", team.partnerOrganisations())
                .setAll("tenantNeeds", team.tenantNeeds());
        return showForm(model, form, team);
    }

    @PostMapping("/ele/teams/{teamId}")
    String revise(@PathVariable UUID teamId, HttpServletRequest request, Model model, Locale locale) {
        LocalTeamView team = operations.team(teamId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EleForm form = new EleForm(INPUTS);
        LocalTeamRequest sent = forms.bind(request, LocalTeamRequest.class, LISTS, form, locale);
        boolean revised = sent != null && forms.send(() -> {
            operations.reviseTeam(teamId, sent);
            return Boolean.TRUE;
        }, form, locale).isPresent();
        if (!revised) {
            return showForm(model, form, team);
        }
        ReadModelWait.until(() -> operations.team(teamId), t -> t.version() > team.version());
        return "redirect:/ele/teams?done=revised";
    }

    private String showForm(Model model, EleForm form, LocalTeamView team) {
        LogbookUser user = currentUser.require();
        model.addAttribute("form", form);
        model.addAttribute("team", team);
        model.addAttribute("canWrite", user.has(Role.COORDINATOR));
        model.addAttribute("territories", territories(user));
        return "ele/team-form";
    }

    /** The territories the user acts in, in the reference data's order. */
    static List<Territory> territories(LogbookUser user) {
        return Territories.all().stream().filter(t -> user.canSee(t.code())).toList();
    }
}
