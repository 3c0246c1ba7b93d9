package qc.logbook.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security's form login handles its POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "auth/login";
    }
}
