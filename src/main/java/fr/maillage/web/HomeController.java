package fr.maillage.web;

import fr.maillage.account.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page (public presentation, or the user's dashboard) and the public legal pages.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal me) {
        return me == null ? "web/home-public" : "web/home";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "web/legal";
    }
}
