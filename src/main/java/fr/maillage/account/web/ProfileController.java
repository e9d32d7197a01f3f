package fr.maillage.account.web;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's own profile, with his API tokens, and password change.
 */
@Controller
class ProfileController {

    private final AccountManagement accounts;
    private final ProfilePage page;
    private final Flash flash;

    ProfileController(AccountManagement accounts, ProfilePage page, Flash flash) {
        this.accounts = accounts;
        this.page = page;
        this.flash = flash;
    }

    @GetMapping("/compte")
    String profile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page.show(me, model);
    }

    @GetMapping("/compte/mot-de-passe")
    String initPasswordForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("forced", accounts.get(me.id()).isMustChangePassword());
        return "account/change-password";
    }

    @PostMapping("/compte/mot-de-passe")
    String processPasswordForm(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("forced", accounts.get(me.id()).isMustChangePassword());
        if (form.currentPassword() == null || form.currentPassword().isBlank()) {
            result.rejectValue("currentPassword", "account.form.currentPassword.required");
        }
        if (!result.hasFieldErrors("password") && !form.confirmed()) {
            result.rejectValue("passwordConfirmation", "account.form.password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/change-password";
        }
        try {
            accounts.changePassword(me.id(), form.currentPassword(), form.password());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.messageKey().contains("current") ? "currentPassword" : "password", e.messageKey());
            return "account/change-password";
        }
        flash.success(redirect, "account.password.changed");
        return "redirect:/compte";
    }
}
