package fr.maillage.account.web;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators list, create, disable and re-enable users.
 */
@Controller
@RequestMapping("/admin/utilisateurs")
class AdminUsersController {

    private static final int PAGE_SIZE = 50;

    private final AccountManagement accounts;
    private final Flash flash;

    AdminUsersController(AccountManagement accounts, Flash flash) {
        this.accounts = accounts;
        this.flash = flash;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", accounts.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "account/admin-users";
    }

    @GetMapping("/nouveau")
    String initCreationForm(Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return "account/admin-user-form";
    }

    @PostMapping("/nouveau")
    String processCreationForm(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "account/admin-user-form";
        }
        try {
            accounts.createUser(form.email(), form.displayName(), form.password(), form.isAdministrator());
        } catch (BusinessRuleException e) {
            result.rejectValue("email", e.messageKey(), e.arguments(), null);
            return "account/admin-user-form";
        }
        flash.success(redirect, "account.admin.created", form.email());
        return "redirect:/admin/utilisateurs";
    }

    @PostMapping("/{id}/activation")
    String toggle(@PathVariable Long id, @RequestParam boolean enabled, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        if (id.equals(me.id())) {
            flash.error(redirect, "account.admin.selfDisable");
            return "redirect:/admin/utilisateurs";
        }
        accounts.setEnabled(id, enabled);
        flash.success(redirect, enabled ? "account.admin.enabled" : "account.admin.disabled");
        return "redirect:/admin/utilisateurs";
    }
}
