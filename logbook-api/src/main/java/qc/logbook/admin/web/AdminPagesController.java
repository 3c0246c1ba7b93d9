package qc.logbook.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' index: where each admin page is. */
@Controller
class AdminPagesController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
