package fr.maillage.account.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.ApiTokenManagement.CreatedApiToken;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal API tokens from the profile page: create one (its secret is shown once, right after)
 * and revoke one.
 */
@Controller
class ApiTokensPageController {

    /** Flash attribute carrying the new secret to the next page, and nowhere else. */
    static final String CREATED_SECRET = "createdTokenSecret";
    private static final String BACK_TO_TOKENS = "redirect:/compte#jetons-api";

    private final ApiTokenManagement tokens;
    private final ProfilePage page;
    private final Flash flash;

    ApiTokensPageController(ApiTokenManagement tokens, ProfilePage page, Flash flash) {
        this.tokens = tokens;
        this.page = page;
        this.flash = flash;
    }

    @PostMapping("/compte/jetons")
    String create(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute(ProfilePage.TOKEN_FORM) ApiTokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page.show(me, model);
        }
        CreatedApiToken created;
        try {
            created = tokens.create(me.id(), form.name());
        } catch (BusinessRuleException e) {
            result.rejectValue("name", e.messageKey(), e.arguments(), null);
            return page.show(me, model);
        }
        redirect.addFlashAttribute(CREATED_SECRET, created.secret());
        flash.success(redirect, "account.tokens.created", created.token().getName());
        return BACK_TO_TOKENS;
    }

    @PostMapping("/compte/jetons/{id}/revocation")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
        String name = tokens.revoke(id, me).getName();
        flash.success(redirect, "account.tokens.revoked", name);
        return BACK_TO_TOKENS;
    }
}
