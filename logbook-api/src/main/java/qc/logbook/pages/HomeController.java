package qc.logbook.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page a signed-in person lands on. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
