package fr.maillage.account.web;

import fr.maillage.account.AccountManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten password, reset link and invitation link: the pages a user reaches without being logged in.
 */
@Controller
class PasswordController {

    private final AccountManagement accounts;
    private final Flash flash;

    PasswordController(AccountManagement accounts, Flash flash) {
        this.accounts = accounts;
        this.flash = flash;
    }

    @GetMapping("/mot-de-passe/oublie")
    String initForgotForm(Model model) {
        model.addAttribute("form", new ForgotPasswordForm(""));
        return "account/forgot";
    }

    @PostMapping("/mot-de-passe/oublie")
    String processForgotForm(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "account/forgot";
        }
        accounts.requestPasswordReset(form.email());
        flash.success(redirect, "account.forgot.sent");
        return "redirect:/connexion";
    }

    @GetMapping({"/mot-de-passe/reinitialiser/{token}", "/invitation/{token}"})
    String initChooseForm(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("invitation", request.getRequestURI().contains("/invitation/"));
        model.addAttribute("action", request.getRequestURI());
        return accounts.emailOfUsableToken(token).map(email -> {
            model.addAttribute("email", email);
            model.addAttribute("form", PasswordForm.empty());
            return "account/choose-password";
        }).orElse("account/token-invalid");
    }

    @PostMapping({"/mot-de-passe/reinitialiser/{token}", "/invitation/{token}"})
    String processChooseForm(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request) {
        boolean invitation = request.getRequestURI().contains("/invitation/");
        model.addAttribute("invitation", invitation);
        model.addAttribute("action", request.getRequestURI());
        if (!result.hasFieldErrors("password") && !form.confirmed()) {
            result.rejectValue("passwordConfirmation", "account.form.password.mismatch");
        }
        if (result.hasErrors()) {
            model.addAttribute("email", accounts.emailOfUsableToken(token).orElse(""));
            return "account/choose-password";
        }
        try {
            accounts.choosePassword(token, form.password());
        } catch (BusinessRuleException e) {
            return "account/token-invalid";
        }
        flash.success(redirect, invitation ? "account.invitation.done" : "account.reset.done");
        return "redirect:/connexion";
    }
}
