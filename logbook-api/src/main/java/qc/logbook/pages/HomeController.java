package qc.logbook.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import qc.logbook.intervention.web.HomeSummary;

/** The home page a signed-in person lands on. */
@Controller
class HomeController {

    private final HomeSummary interventions;

    HomeController(HomeSummary interventions) {
        this.interventions = interventions;
    }

    @GetMapping("/")
    String home(Model model) {
        interventions.addTo(model);
        return "home";
    }
}
