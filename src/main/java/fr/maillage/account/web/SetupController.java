package fr.maillage.account.web;

import fr.maillage.account.AccountManagement;
import fr.maillage.shared.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * First-run setup: creates the first administrator while no user exists; gone afterwards.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final AccountManagement accounts;
    private final Flash flash;

    SetupController(AccountManagement accounts, Flash flash) {
        this.accounts = accounts;
        this.flash = flash;
    }

    @GetMapping
    String initSetupForm(Model model) {
        if (accounts.hasAnyUser()) {
            throw new fr.maillage.shared.NotFoundException("setup");
        }
        model.addAttribute("form", SetupForm.empty());
        return "account/setup";
    }

    @PostMapping
    String processSetupForm(@Valid @ModelAttribute("form") SetupForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (accounts.hasAnyUser()) {
            throw new fr.maillage.shared.NotFoundException("setup");
        }
        if (!result.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
            result.rejectValue("passwordConfirmation", "account.form.password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/setup";
        }
        accounts.createFirstAdministrator(form.email(), form.displayName(), form.password());
        flash.success(redirect, "account.setup.done");
        return "redirect:/connexion";
    }
}
