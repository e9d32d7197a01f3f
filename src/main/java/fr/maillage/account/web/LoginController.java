package fr.maillage.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page; Spring Security processes the form.
 */
@Controller
class LoginController {

    @GetMapping("/connexion")
    String loginPage() {
        return "account/login";
    }
}
